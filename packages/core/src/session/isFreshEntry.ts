// When a cached session may still be handed out: while at least minRemainingMs (20 min by default) remain, or half
// its lifetime for sessions shorter than twice that (a 900 s role would otherwise never be reused).
import type { SessionCacheEntry } from "../cache/SessionCache.js";

export function isFreshEntry(entry: Pick<SessionCacheEntry, "credentials" | "createdAt">, nowMs: number, minRemainingMs: number): boolean {
  const expiresAt = entry.credentials.expiration.getTime();
  const lifetimeMs = expiresAt - entry.createdAt.getTime();
  const requiredMs = lifetimeMs > 0 ? Math.min(minRemainingMs, lifetimeMs / 2) : minRemainingMs;
  return expiresAt - nowMs >= requiredMs;
}
