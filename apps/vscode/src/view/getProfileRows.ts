// Pure: what the MFA Session view shows for the configured profiles and their cached sessions. Each
// MFA profile (isMfaProfile, as the status bar decides it) with the session it is answered from.
import type { ProfileChoice } from "../services/ExtensionServices.js";
import { formatTimeLeft } from "../status/formatTimeLeft.js";
import { isMfaProfile } from "../status/isMfaProfile.js";
import { pickActiveSession } from "../status/pickActiveSession.js";
import type { SessionView } from "../status/SessionView.js";
import { formatLocalTime } from "../ui/formatLocalTime.js";

export interface ProfileRow {
  profile: string;
  mfaSerial?: string;
  /** "2h05m left", "signed out", "expired". */
  description: string;
  tooltip: string;
  state: "signedIn" | "warning" | "expired" | "signedOut";
}

export function getProfileRows(input: {
  profiles: readonly ProfileChoice[];
  /** Per MFA profile: the sessions it is answered from (core's listSessions(profile)). */
  sessions: ReadonlyMap<string, readonly SessionView[]>;
  now: number;
  warningThresholdMinutes: number;
}): ProfileRow[] {
  return input.profiles
    .filter(isMfaProfile)
    .map((choice) => ({ choice, sessions: input.sessions.get(choice.name) ?? [] }))
    .sort((a, b) => a.choice.name.localeCompare(b.choice.name))
    .map(({ choice, sessions }) => {
      const base = { profile: choice.name, ...(choice.mfaSerial ? { mfaSerial: choice.mfaSerial } : {}) };
      // The same rule as the status bar: of a profile's live sessions, the one that ends first.
      const session = pickActiveSession(sessions, choice.name, input.now);
      if (!session) {
        const expired = sessions.length > 0;
        return {
          ...base,
          description: expired ? "expired" : "signed out",
          tooltip: expired ? `The MFA session of profile ${choice.name} has ended: renew it.` : `No MFA session for profile ${choice.name}.`,
          state: expired ? "expired" : "signedOut",
        } satisfies ProfileRow;
      }
      const left = session.expiration.getTime() - input.now;
      return {
        ...base,
        description: `${formatTimeLeft(left)} left`,
        tooltip: `MFA session for profile ${choice.name} ends at ${formatLocalTime(session.expiration)}.`,
        state: left < input.warningThresholdMinutes * 60_000 ? "warning" : "signedIn",
      } satisfies ProfileRow;
    });
}
