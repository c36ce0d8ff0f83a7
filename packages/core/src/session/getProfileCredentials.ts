// The session engine for one resolved profile: the cache first (readCachedSession: no SDK, no spawn),
// then the work under the device lock (refreshProfileCredentials). getCredentials, which resolves the
// profile itself, answers through getCachedCredentials instead, so the profile's checks run too.
import { readCachedSession } from "./readCachedSession.js";
import { DEFAULT_MIN_REMAINING_MS } from "./readFreshEntry.js";
import { type CredentialsResult, refreshProfileCredentials, type RefreshProfileCredentialsOptions } from "./refreshProfileCredentials.js";

export { DEFAULT_MIN_REMAINING_MS };
export type { CredentialsResult };
export type GetProfileCredentialsOptions = RefreshProfileCredentialsOptions;

export async function getProfileCredentials(options: GetProfileCredentialsOptions): Promise<CredentialsResult> {
  if (!options.forceRefresh) {
    const { profile, cache, clock, logger, minRemainingMs } = options;
    const hit = await readCachedSession(profile, { cache, nowMs: clock.now(), minRemainingMs, logger });
    if (hit !== undefined) return { credentials: hit.credentials, profile, source: "cache" };
  }
  return refreshProfileCredentials(options);
}
