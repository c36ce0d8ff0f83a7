// What `status` and the extension show: every cached session with its time left, and no secret.
import type { SessionCache, SessionCacheKind } from "../cache/SessionCache.js";
import type { Clock } from "../ports/ports.js";

export interface SessionSummary {
  key: string;
  kind: SessionCacheKind;
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
}

/** Sessions soonest-expiring last, grouped by profile name. */
export async function listSessions(options: ListSessionsOptions): Promise<SessionSummary[]> {
  const now = options.clock.now();
  const entries = await options.cache.list();
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
