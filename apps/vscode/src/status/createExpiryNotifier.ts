// Timely warnings: one notification when the followed session nears its end (under the warning
// threshold) and one when it has ended, each with a Renew button that runs Sign In for that profile.
// Each is shown once per session; "now" comes from the caller (the status bar's clock), so it is testable.
import type * as vscode from "vscode";
import { formatLocalTime } from "../ui/formatLocalTime.js";
import { formatTimeLeft } from "./formatTimeLeft.js";
import type { StatusBarInput } from "./getStatusBarState.js";
import { pickActiveSession } from "./pickActiveSession.js";
import type { SessionView } from "./SessionView.js";

export interface ExpiryNotifier {
  /** Called on every status bar refresh; resolves once a shown notice's button (if any) has been handled. */
  update(input: StatusBarInput): Promise<void>;
}

export interface ExpiryNotifierDeps {
  window: Pick<typeof vscode.window, "showWarningMessage">;
  executeCommand: (command: string, ...args: unknown[]) => Thenable<unknown>;
  /** Sign In's command id; Renew runs it with { profile, forceRefresh: true }. */
  signInCommand: string;
}

const RENEW = "Renew";
const idOf = (session: SessionView): string => `${session.key}@${session.expiration.getTime()}`;

export function createExpiryNotifier(deps: ExpiryNotifierDeps): ExpiryNotifier {
  const shown = new Set<string>();
  let followed: { profile: string; session: SessionView } | undefined;

  async function notify(id: string, message: string, profile: string): Promise<void> {
    if (shown.has(id)) return;
    shown.add(id);
    const choice = await deps.window.showWarningMessage(message, RENEW);
    if (choice === RENEW) await deps.executeCommand(deps.signInCommand, { profile, forceRefresh: true });
  }

  return {
    async update(input) {
      const session = pickActiveSession(input.sessions, input.activeProfile, input.now);
      if (session) {
        const profile = input.activeProfile ?? session.profile;
        followed = { profile, session };
        const left = session.expiration.getTime() - input.now;
        if (left < input.warningThresholdMinutes * 60_000) {
          return notify(`${idOf(session)}:soon`, `MFA Session: the session of profile ${profile} ends in ${formatTimeLeft(left)} (${formatLocalTime(session.expiration)}).`, profile);
        }
        return;
      }
      // The session followed until now has ended, and was not signed out (it is still cached).
      const last = followed;
      followed = undefined;
      if (last && input.sessions.some((cached) => idOf(cached) === idOf(last.session))) {
        return notify(`${idOf(last.session)}:expired`, `MFA Session: the session of profile ${last.profile} has expired.`, last.profile);
      }
    },
  };
}
