// One cache look-up with the freshness rule applied: the entry, or undefined when missing or too old.
import type { SessionCache, SessionCacheEntry } from "../cache/SessionCache.js";
import { isFreshEntry } from "./isFreshEntry.js";

/**
 * Credentials are handed out only while at least this long remains by the local clock: the 15 min SDKs
 * refresh early (botocore), plus 5 min for a local clock behind the server's. See isFreshEntry.
 */
export const DEFAULT_MIN_REMAINING_MS = 20 * 60 * 1000;

export async function readFreshEntry(
  cache: Pick<SessionCache, "read">,
  key: string,
  nowMs: number,
  minRemainingMs = DEFAULT_MIN_REMAINING_MS,
): Promise<SessionCacheEntry | undefined> {
  const entry = await cache.read(key);
  return entry !== undefined && isFreshEntry(entry, nowMs, minRemainingMs) ? entry : undefined;
}
