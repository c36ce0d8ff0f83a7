// Which cache entry answers for a resolved profile, and whether it may still be handed out: the role
// session for a role profile, else the MFA session, while fresh (readFreshEntry). The one decision
// behind every answer from the cache (getCachedCredentials, and the re-check under the device lock).
import type { SessionCache, SessionCacheEntry } from "../cache/SessionCache.js";
import type { ResolvedProfile } from "../config/ResolvedProfile.js";
import { type Logger, silentLogger } from "../ports/ports.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import { readFreshEntry } from "./readFreshEntry.js";

export interface ReadCachedSessionOptions {
  cache: Pick<SessionCache, "read">;
  nowMs: number;
  /** Default DEFAULT_MIN_REMAINING_MS (20 min). */
  minRemainingMs?: number | undefined;
  logger?: Logger;
}

export async function readCachedSession(profile: ResolvedProfile, options: ReadCachedSessionOptions): Promise<SessionCacheEntry | undefined> {
  if (profile.mfaSerial === undefined || profile.mfaSerial === "") return undefined;
  const keys = getSessionCacheKeys(profile);
  const entry = await readFreshEntry(options.cache, keys.role ?? keys.mfaSession, options.nowMs, options.minRemainingMs);
  if (entry !== undefined) {
    const minutes = Math.floor((entry.credentials.expiration.getTime() - options.nowMs) / 60_000);
    (options.logger ?? silentLogger).debug(`Profile ${profile.name}: using cached ${entry.meta.kind} credentials (${minutes} min left).`);
  }
  return entry;
}
