// IAM and STS clients for the device commands, with the administrator's own credentials from
// --profile: an MFA profile (mfa_serial or a role) goes through the session engine, so IAM calls
// under an MFA policy carry an MFA session; a plain profile uses its keys as they are.
import {
  createAwsClients, loadProfile, loadSourceCredentials,
  type AwsCredentials, type IamPort, type ResolvedProfile, type StsPort,
} from "@mfa-session/core";
import { getHomedir } from "../../getHomedir.js";
import type { CliIo } from "../../io.js";
import { getCliCredentials } from "../../session/getCliCredentials.js";

export interface DeviceAws {
  iam: IamPort;
  sts: StsPort;
  /** The IAM endpoint override, for error messages. */
  endpoint?: string;
  profile: ResolvedProfile;
  /** An IAM client for other credentials (an MFA session) against the same region and endpoint. */
  iamFor(credentials: AwsCredentials): Promise<IamPort>;
}

export interface ConnectDeviceAwsOptions {
  profile?: string | undefined;
  /**
   * Use the source profile's long-term keys even when the profile has mfa_serial: `device setup`
   * runs before the user has a working device, so no MFA session can exist yet.
   */
  sourceCredentials?: boolean;
  /** SDK attempts per call; provisioning retries throttling itself and passes 1. */
  maxAttempts?: number;
}

export async function connectDeviceAws(io: CliIo, options: ConnectDeviceAwsOptions = {}): Promise<DeviceAws> {
  const profile = await loadProfile({ profile: options.profile, env: io.env, homedir: getHomedir(io) });
  const credentials = await getAdminCredentials(io, profile, options.sourceCredentials === true);
  const clients = createAwsClients(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts });
  const [iam, sts] = await Promise.all([
    clients.iam({ region: profile.region, endpoint: profile.endpoints.iam, credentials }),
    clients.sts({ region: profile.region, endpoint: profile.endpoints.sts, credentials }),
  ]);
  return {
    iam, sts, endpoint: profile.endpoints.iam, profile,
    iamFor: (other) => clients.iam({ region: profile.region, endpoint: profile.endpoints.iam, credentials: other }),
  };
}

async function getAdminCredentials(io: CliIo, profile: ResolvedProfile, sourceOnly: boolean): Promise<AwsCredentials> {
  const needsSession = !sourceOnly && ((profile.mfaSerial ?? "") !== "" || profile.role !== undefined);
  if (!needsSession) return loadSourceCredentials(profile, { env: io.env });
  const { credentials } = await getCliCredentials(io, { profile: profile.name });
  return credentials;
}
