// `logout`: forget one profile's cached sessions, or all of them. Removing a cache entry is local only:
// STS sessions cannot be revoked by their holder, they just stop being handed out.
import type { SessionCache } from "../cache/SessionCache.js";
import type { ResolvedProfile } from "../config/ResolvedProfile.js";
import type { Clock } from "../ports/ports.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import { listSessions, type SessionSummary } from "./listSessions.js";

export interface RemoveSessionsOptions {
  cache: SessionCache;
  clock: Clock;
  /**
   * undefined = every entry. A name: entries made by that profile or sourced from it. A ResolvedProfile
   * (preferred): also the exact role and MFA-session entries it uses, whoever made them, so its next
   * call asks for a code again (other roles sharing that MFA session will too).
   */
  profile?: string | ResolvedProfile;
}

/** Returns what was removed (no secrets), for the confirmation message. */
export async function removeSessions(options: RemoveSessionsOptions): Promise<SessionSummary[]> {
  const sessions = await listSessions(options);
  const { profile } = options;
  let doomed = sessions;
  if (profile !== undefined) {
    const name = typeof profile === "string" ? profile : profile.name;
    const keys = new Set<string>();
    if (typeof profile !== "string") {
      const { mfaSession, role } = getSessionCacheKeys(profile);
      keys.add(mfaSession);
      if (role !== undefined) keys.add(role);
    }
    doomed = sessions.filter((s) => keys.has(s.key) || s.profile === name || s.sourceProfile === name);
  }
  for (const session of doomed) await options.cache.delete(session.key);
  return doomed;
}
