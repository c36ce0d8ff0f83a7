// A logout wins over a refresh under way: the refresh keeps nothing that a logout which ran after it
// started covers (cache/signOuts.ts). Its caller still gets the credentials: it asked before the
// logout, and a session handed out a moment earlier could not have been recalled either.
import type { SessionCache, SessionCacheMeta } from "../cache/SessionCache.js";
import { isSignedOutSince } from "../cache/signOuts.js";
import type { Clock, Logger } from "../ports/ports.js";

/**
 * `cache`, whose writes are dropped (or undone) once a logout covering them has run since `startedAt`
 * (when the caller began, e.g. a credential_process's start; default now).
 */
export function keepNoSessionAfterSignOut(cache: SessionCache, clock: Clock, logger: Logger, startedAt = clock.now()): SessionCache {
  let told = false;
  const signedOut = async (key: string, meta: SessionCacheMeta): Promise<boolean> =>
    isSignedOutSince(await cache.readSignOuts(), key, meta, startedAt, clock.now());
  return {
    ...cache,
    async write(key, meta, credentials) {
      // Checked before, so nothing appears, and after: a logout that ran during the write did not see it.
      if (!(await signedOut(key, meta))) {
        await cache.write(key, meta, credentials);
        if (!(await signedOut(key, meta))) return;
        await cache.delete(key);
      }
      if (!told) logger.info(`Profile ${meta.profile}: signed out while this sign-in was under way, so its session is not kept.`);
      told = true;
    },
  };
}
