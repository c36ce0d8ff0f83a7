// IAM and STS clients for administering MFA devices with a profile's own credentials, the one way
// both apps connect: a profile that uses MFA (mfa_serial or a role) gets an MFA session, so IAM calls
// under an "MFA required" policy pass; a plain profile uses its keys as they are.
import type { AwsClientFactory } from "../aws/AwsClientFactory.js";
import { createAwsClients } from "../aws/createAwsClients.js";
import type { Env } from "../config/Env.js";
import type { AwsCredentials, ResolvedProfile } from "../config/ResolvedProfile.js";
import type { KeyStore } from "../keys/KeyStore.js";
import type { Clock, IamPort, StsPort } from "../ports/ports.js";
import { loadProfile, loadSourceCredentials } from "../session/loadProfile.js";
import { findCallingUser } from "./findCallingUser.js";

export interface ConnectDeviceAdminOptions {
  /** The profile asked for; else AWS_PROFILE, AWS_DEFAULT_PROFILE, "default". */
  profile?: string | undefined;
  env: Env;
  homedir: string;
  clock?: Clock;
  /** Default: the SDK clients, loaded on the first call. */
  clients?: AwsClientFactory;
  /**
   * The long-term keys even when the profile uses MFA: setting up a first device runs before the
   * user has one, and the usual policy lets a user set up their own device without MFA.
   */
  longTermKeys?: boolean;
  /** An MFA session for the profile, through the app's own code sources (its getCredentials call). */
  getMfaSession(profile: ResolvedProfile): Promise<AwsCredentials>;
  /** Where keychain-held long-term keys are read; default: the OS keychain. */
  keyStore?: KeyStore;
}

export interface DeviceAdmin {
  profile: ResolvedProfile;
  /** What the IAM and STS calls are signed with. */
  signedWith: "mfa-session" | "long-term-keys";
  iam: IamPort;
  sts: StsPort;
  /** The IAM endpoint override, for error messages. */
  endpoint?: string;
  /** An IAM client for other credentials (a new device's own MFA session) against the same endpoint. */
  iamFor(credentials: AwsCredentials): Promise<IamPort>;
  /** The IAM user behind the credentials (asked once). */
  userName(): Promise<string>;
}

/** A profile that uses MFA: its IAM calls may be refused without an MFA session. */
export function usesMfa(profile: ResolvedProfile): boolean {
  return (profile.mfaSerial ?? "") !== "" || profile.role !== undefined;
}

export async function connectDeviceAdmin(options: ConnectDeviceAdminOptions): Promise<DeviceAdmin> {
  const profile = await loadProfile({ profile: options.profile, env: options.env, homedir: options.homedir });
  const signedWith = !options.longTermKeys && usesMfa(profile) ? "mfa-session" : "long-term-keys";
  const credentials = signedWith === "mfa-session"
    ? await options.getMfaSession(profile)
    : await loadSourceCredentials(profile, { env: options.env, ...(options.clock ? { clock: options.clock } : {}), ...(options.keyStore ? { keyStore: options.keyStore } : {}) });
  const clients = options.clients ?? createAwsClients();
  const endpoint = profile.endpoints.iam;
  const iamFor = (other: AwsCredentials) => clients.iam({ region: profile.region, endpoint, credentials: other });
  const [iam, sts] = await Promise.all([
    iamFor(credentials),
    clients.sts({ region: profile.region, endpoint: profile.endpoints.sts, credentials }),
  ]);
  let user: Promise<string> | undefined;
  return {
    profile, signedWith, iam, sts, endpoint, iamFor,
    userName: () => (user ??= findCallingUser({ sts, endpoint }).then((found) => found.userName)),
  };
}
