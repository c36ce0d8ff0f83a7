// Which session the status bar follows: with an active profile, the sessions given are the ones it is
// answered from (listed by its cache keys, whoever made them); else the one that lasts longest (so a
// fresh sign-in shows up without any setting).
import type { SessionView } from "./SessionView.js";

export function pickActiveSession(sessions: readonly SessionView[], activeProfile: string | undefined, now: number): SessionView | undefined {
  const live = sessions.filter((session) => session.expiration.getTime() > now);
  if (activeProfile) {
    // A role session and the MFA session it came from can both exist: show the one that ends first.
    return [...live].sort((a, b) => a.expiration.getTime() - b.expiration.getTime())[0];
  }
  return [...live].sort((a, b) => b.expiration.getTime() - a.expiration.getTime())[0];
}
