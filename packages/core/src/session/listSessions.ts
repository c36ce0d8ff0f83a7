// What `status` and the extension show: every cached session with its time left, and no secret; or
// only the sessions that would serve one profile, found by its cache keys (the label of an entry names
// the profile that created it, and another profile on the same keys and device is served by it too).
import type { SessionCache, SessionCacheKind } from "../cache/SessionCache.js";
import type { ResolvedProfile } from "../config/ResolvedProfile.js";
import type { Clock } from "../ports/ports.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";

export interface SessionSummary {
  key: string;
  kind: SessionCacheKind;
  /** The profile that created the session (it may serve others). */
  profile: string;
  sourceProfile: string;
  mfaSerial?: string;
  roleArn?: string;
  createdAt: Date;
  expiration: Date;
  /** Milliseconds left; 0 once expired. */
  remainingMs: number;
  expired: boolean;
}

export interface ListSessionsOptions {
  cache: SessionCache;
  clock: Clock;
  /** Only the sessions that would serve this profile, whichever profile created them. */
  forProfile?: ResolvedProfile;
}

/** Sessions soonest-expiring last, grouped by profile name. */
export async function listSessions(options: ListSessionsOptions): Promise<SessionSummary[]> {
  const now = options.clock.now();
  const serving = options.forProfile === undefined ? undefined : getServingKeys(options.forProfile);
  const entries = (await options.cache.list()).filter((entry) => serving === undefined || serving.has(entry.key));
  return entries
    .map((entry): SessionSummary => {
      const remainingMs = Math.max(0, entry.credentials.expiration.getTime() - now);
      return {
        key: entry.key,
        kind: entry.meta.kind,
        profile: entry.meta.profile,
        sourceProfile: entry.meta.sourceProfile,
        ...(entry.meta.mfaSerial !== undefined ? { mfaSerial: entry.meta.mfaSerial } : {}),
        ...(entry.meta.roleArn !== undefined ? { roleArn: entry.meta.roleArn } : {}),
        createdAt: entry.createdAt,
        expiration: entry.credentials.expiration,
        remainingMs,
        expired: remainingMs === 0,
      };
    })
    .sort((a, b) => a.profile.localeCompare(b.profile) || a.kind.localeCompare(b.kind) || b.remainingMs - a.remainingMs);
}

/**
 * The entries a profile is answered from: its role session (or its MFA session when it has no role),
 * and the MFA session its role sessions are made from without a code (not with assume_role_directly).
 * None without mfa_serial: such a profile is never answered from the cache.
 */
export function getServingKeys(profile: ResolvedProfile): Set<string> {
  if (profile.mfaSerial === undefined || profile.mfaSerial === "") return new Set();
  const { mfaSession, role } = getSessionCacheKeys(profile);
  if (role === undefined) return new Set([mfaSession]);
  return new Set(profile.role?.assumeDirectly ? [role] : [role, mfaSession]);
}
