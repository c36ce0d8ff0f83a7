// `keys rotate` as both apps call it: the profile's source keys are found where they live (the
// credentials file, or the OS keychain for mfa_session_key_store = keychain), IAM is reached as
// device administration is (an MFA session for a profile that uses MFA), the rotation runs, and the
// cached sessions made from the old key are forgotten (see forgetSessionsOfOldKey below).
import type { AwsClientFactory } from "../../aws/AwsClientFactory.js";
import { createAwsClients } from "../../aws/createAwsClients.js";
import { getCacheDir } from "../../cache/getCacheDir.js";
import { createSessionCache } from "../../cache/fileSessionCache.js";
import type { SessionCache } from "../../cache/SessionCache.js";
import type { Env } from "../../config/Env.js";
import type { AwsCredentials, ResolvedProfile } from "../../config/ResolvedProfile.js";
import { connectDeviceAdmin } from "../../device/connectDeviceAdmin.js";
import { UsageError } from "../../errors/errors.js";
import { systemClock, type Clock } from "../../ports/ports.js";
import { loadProfile } from "../../session/loadProfile.js";
import { removeSessions } from "../../session/removeSessions.js";
import type { KeyStore } from "../KeyStore.js";
import { createCredentialsFileStore } from "./createCredentialsFileStore.js";
import { createKeychainRotationStore } from "./createKeychainRotationStore.js";
import { rotateAccessKey, type RotateAccessKeyResult } from "./rotateAccessKey.js";
import type { RotationStore } from "./RotationStore.js";

export interface RotateProfileAccessKeyOptions {
  /** The profile asked for; else AWS_PROFILE, AWS_DEFAULT_PROFILE, "default". Its source profile's key is rotated. */
  profile?: string | undefined;
  env: Env;
  homedir: string;
  /** An MFA session for the profile, through the app's own code sources (as for device commands). */
  getMfaSession(profile: ResolvedProfile): Promise<AwsCredentials>;
  /** For keys in the keychain; default: the OS keychain (createKeyringStore). */
  keyStore?: KeyStore;
  clients?: AwsClientFactory;
  /** Default: the session cache in the cache folder. */
  sessionCache?: SessionCache;
  clock?: Clock;
  sleep?(ms: number): Promise<void>;
  proveTimeoutMs?: number;
}

export interface RotateProfileAccessKeyResult extends RotateAccessKeyResult {
  /** The profile whose key was rotated (the end of the source_profile chain). */
  sourceProfile: string;
  /** The credentials file's previous version, for the credentials-file store. */
  backupPath?: string;
  /** Cached sessions made from the old key that were removed. */
  forgottenSessions: number;
}

export async function rotateProfileAccessKey(options: RotateProfileAccessKeyOptions): Promise<RotateProfileAccessKeyResult> {
  const { env, homedir } = options;
  const profile = await loadProfile({ profile: options.profile, env, homedir });
  if (profile.source.kind === "process") {
    throw new UsageError(`Profile ${profile.name}: the keys of ${profile.sourceProfile} come from its credential_process, which mfa-session cannot rewrite; rotate them where that program keeps them`);
  }
  const inKeychain = profile.source.kind === "keychain";
  const fileStore = inKeychain ? undefined : createCredentialsFileStore({ profile: profile.sourceProfile, env, homedir });
  const store: RotationStore = fileStore ?? createKeychainRotationStore({ profile: profile.sourceProfile, env, homedir, ...(options.keyStore ? { keyStore: options.keyStore } : {}) });
  // Checked before the MFA session is asked for: a profile without keys to rotate costs no code.
  await store.read();
  const clients = options.clients ?? createAwsClients();
  const clock = options.clock ?? systemClock;
  const admin = await connectDeviceAdmin({ profile: profile.name, env, homedir, clients, clock, getMfaSession: options.getMfaSession, ...(options.keyStore ? { keyStore: options.keyStore } : {}) });
  const result = await rotateAccessKey({
    profile: profile.name, store, iam: admin.iam, clock,
    stsFor: (credentials) => clients.sts({ region: profile.region, endpoint: profile.endpoints.sts, credentials }),
    ...(admin.endpoint === undefined ? {} : { iamEndpoint: admin.endpoint }),
    ...(profile.endpoints.sts === undefined ? {} : { stsEndpoint: profile.endpoints.sts }),
    ...(fileStore ? { previousCopy: () => fileStore.backupPath() } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.proveTimeoutMs === undefined ? {} : { proveTimeoutMs: options.proveTimeoutMs }),
  });
  const forgottenSessions = await forgetSessionsOfOldKey(profile.sourceProfile, options.sessionCache ?? createSessionCache({ dir: getCacheDir({ env, homedir }) }), clock);
  const backupPath = fileStore?.backupPath();
  return { ...result, sourceProfile: profile.sourceProfile, forgottenSessions, ...(backupPath === undefined ? {} : { backupPath }) };
}

/**
 * The MFA and role sessions made from the old key stay valid in AWS until they expire (their holder
 * cannot revoke them), but mfa-session would never hand them out again: the cache key names the
 * source key. They are removed (as `logout` would) so no credentials of a deleted key stay on disk
 * and `status` does not list them; the next use asks for a code once, with the new key.
 */
async function forgetSessionsOfOldKey(sourceProfile: string, cache: SessionCache, clock: Clock): Promise<number> {
  return (await removeSessions({ cache, clock, profile: sourceProfile })).length;
}
