// What answers a profile without a new code: a fresh cached session for it, or, for a role chained
// from the MFA session, that MFA session to assume the role from. Read under the lock (another process
// may have just filled the cache) and while waiting on it, by the session engine and by a caller that
// only waits for the holder's outcome (waitForSignInUnderWay).
import type { SessionCache } from "../cache/SessionCache.js";
import type { ResolvedProfile } from "../config/ResolvedProfile.js";
import type { Logger } from "../ports/ports.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import type { SessionCredentials } from "./ProcessCredentials.js";
import { readCachedSession } from "./readCachedSession.js";
import { DEFAULT_MIN_REMAINING_MS, readFreshEntry } from "./readFreshEntry.js";

export interface FoundWithoutCode {
  hit?: SessionCredentials;
  mfaSession?: SessionCredentials;
}

export interface FindWithoutCodeOptions {
  cache: Pick<SessionCache, "read">;
  nowMs: number;
  minRemainingMs?: number | undefined;
  logger: Logger;
}

export async function findWithoutCode(profile: ResolvedProfile, options: FindWithoutCodeOptions): Promise<FoundWithoutCode> {
  const { cache, nowMs, logger } = options;
  const hit = await readCachedSession(profile, { cache, nowMs, minRemainingMs: options.minRemainingMs, logger });
  if (hit !== undefined) return { hit: hit.credentials };
  const role = profile.role;
  if (role === undefined || role.assumeDirectly) return {};
  const mfaSession = await readFreshEntry(cache, getSessionCacheKeys(profile).mfaSession, nowMs, options.minRemainingMs ?? DEFAULT_MIN_REMAINING_MS);
  return mfaSession === undefined ? {} : { mfaSession: mfaSession.credentials };
}
