// `logout`: forget one profile's cached sessions, or all of them, including the session of a refresh
// under way. Removing a cache entry is local only: STS sessions cannot be revoked by their holder,
// they just stop being handed out.
import type { SessionCache } from "../cache/SessionCache.js";
import { isInSignOutScope, type SignOutScope } from "../cache/signOuts.js";
import type { ResolvedProfile } from "../config/ResolvedProfile.js";
import type { Clock } from "../ports/ports.js";
import { getServingKeys, listSessions, type SessionSummary } from "./listSessions.js";

export interface RemoveSessionsOptions {
  cache: SessionCache;
  clock: Clock;
  /**
   * undefined = every entry. A name: entries made by that profile or sourced from it. A ResolvedProfile
   * (preferred): also the entries it is answered from (getServingKeys: its role session and the MFA
   * session it is assumed from), whoever made them, so its next call asks for a code again (other
   * roles sharing that MFA session will too).
   */
  profile?: string | ResolvedProfile;
}

/**
 * Records the logout, then removes the entries it covers; returns what was removed (no secrets), for
 * the confirmation message. Recorded first: a refresh under way that writes its session afterwards
 * sees the record and keeps nothing (keepNoSessionAfterSignOut), or wrote it before and it is removed here.
 */
export async function removeSessions(options: RemoveSessionsOptions): Promise<SessionSummary[]> {
  const scope = getSignOutScope(options.profile);
  await options.cache.recordSignOut(scope);
  const sessions = await listSessions({ cache: options.cache, clock: options.clock });
  const doomed = sessions.filter((session) => isInSignOutScope(scope, session.key, session));
  for (const session of doomed) await options.cache.delete(session.key);
  return doomed;
}

function getSignOutScope(profile: string | ResolvedProfile | undefined): SignOutScope {
  if (profile === undefined) return { all: true };
  if (typeof profile === "string") return { keys: [], profiles: [profile] };
  // The same entries `status --profile` shows: the ones this profile is answered from.
  return { keys: [...getServingKeys(profile)], profiles: [profile.name] };
}
