// Cache identity of a profile's sessions, computed from configuration alone (no spawn, no network), so the
// cache-hit path stays cheap. Equal keys mean "the same MFA session would come out of STS": the same
// source, device, endpoint and session length (profiles asking for different lengths never share one).
import type { ResolvedProfile, SourceCredentialsSpec } from "../config/ResolvedProfile.js";
import { DEFAULT_SESSION_DURATION_SECONDS } from "../config/resolveProfile.js";
import { sha256Hex } from "../hash/sha256Hex.js";

export interface SessionCacheKeys {
  /** The MFA session (GetSessionToken) of the source + device + STS endpoint + session length. */
  mfaSession: string;
  /** The role session; undefined for profiles without role_arn. */
  role?: string;
  /**
   * Name of the cross-process lock that serialises prompts for this MFA device: one per serial, whatever
   * the profiles around it are called or which keys they use (a serial is one user's device, and two
   * prompts for it at once would hand STS the same code twice).
   */
  lockName: string;
}

const DEVICE_LOCK_PREFIX = "device-";

/** Whether a lock name is an MFA device's lock (SessionCacheKeys.lockName), not another lock in the same folder. */
export function isDeviceLockName(name: string): boolean {
  return name.startsWith(DEVICE_LOCK_PREFIX) && /^[0-9a-f]{32}$/.test(name.slice(DEVICE_LOCK_PREFIX.length));
}

export function getSessionCacheKeys(profile: ResolvedProfile): SessionCacheKeys {
  const source = getSourceIdentity(profile.source);
  const parts = ["mfa-session", source, profile.sourceProfile, profile.mfaSerial ?? "", profile.endpoints.sts ?? ""];
  // Only a length other than the default joins the key: sessions cached by earlier releases (all of the
  // default length, which the key never held) are still found after an upgrade.
  if (profile.sessionDurationSeconds !== DEFAULT_SESSION_DURATION_SECONDS) parts.push(`duration:${profile.sessionDurationSeconds}`);
  const mfaSession = sha256(parts);
  const lockName = `${DEVICE_LOCK_PREFIX}${sha256([profile.mfaSerial ?? ""]).slice(0, 32)}`;
  if (profile.role === undefined) return { mfaSession, lockName };
  const { roleArn, externalId, roleSessionName, durationSeconds, assumeDirectly } = profile.role;
  const role = sha256(["role", roleArn, externalId ?? "", roleSessionName ?? "", durationSeconds ?? "", assumeDirectly, mfaSession]);
  return { mfaSession, role, lockName };
}

function getSourceIdentity(source: SourceCredentialsSpec): string {
  // Keys moved into the keychain are the same keys: their sessions stay in the cache.
  if (source.kind === "static") return `static:${source.credentials.accessKeyId}`;
  if (source.kind === "keychain") return `static:${source.accessKeyId}`;
  return `process:${source.command}`;
}

function sha256(parts: ReadonlyArray<string | number | boolean>): string {
  return sha256Hex(JSON.stringify(parts));
}
