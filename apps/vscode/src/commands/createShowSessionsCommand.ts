// "Show Sessions" (also the status bar click): the cached sessions with their time left; picking one
// offers renew, sign out, or switch (make it the one the status bar follows).
import { UserCancelledError, type SessionSummary } from "@mfa-session/core";
import { formatTimeLeft } from "../status/formatTimeLeft.js";
import { formatLocalTime } from "../ui/formatLocalTime.js";
import type { CommandDeps, CommandSpec } from "./CommandSpec.js";

interface Actions {
  signIn: CommandSpec;
  signOut: CommandSpec;
}

const SIGN_IN = "$(sign-in) Sign in to a profile…";
const RENEW = "$(refresh) Renew";
const SIGN_OUT = "$(sign-out) Sign out";
const SWITCH = "$(arrow-swap) Switch the status bar to this profile";

export function createShowSessionsCommand(deps: Pick<CommandDeps, "window" | "services" | "statusBar" | "activeProfile" | "clock"> & Actions): CommandSpec {
  return {
    id: "mfaSession.showSessions",
    title: "Show Sessions",
    async run() {
      const now = deps.clock.now();
      const sessions = await deps.services.listSessions();
      const active = deps.activeProfile.get();
      // The status bar follows the sessions the active profile is answered from, whoever made them.
      const followed = new Set(active === undefined ? [] : (await deps.services.listSessions(active).catch(() => [])).map((session) => session.key));
      const items = [
        ...sessions.map((session) => ({
          label: `${session.expired ? "$(lock)" : "$(unlock)"} ${session.profile}`,
          description: session.expired ? "expired" : `${formatTimeLeft(session.expiration.getTime() - now)} left${followed.has(session.key) ? " · in the status bar" : ""}`,
          detail: describe(session),
          session,
        })),
        { label: SIGN_IN, description: "", detail: undefined, session: undefined },
      ];
      const picked = await deps.window.showQuickPick(items, { title: "MFA Session: Sessions", placeHolder: sessions.length ? "Pick a session to renew, sign out or switch to" : "No cached session yet" });
      if (!picked) throw new UserCancelledError();
      if (!picked.session) return deps.signIn.run();
      const profile = picked.session.profile;
      const action = await deps.window.showQuickPick([RENEW, SIGN_OUT, SWITCH], { title: `MFA Session: profile ${profile}` });
      if (action === RENEW) return deps.signIn.run({ profile, forceRefresh: true });
      if (action === SIGN_OUT) return deps.signOut.run(profile);
      if (action === SWITCH) {
        await deps.activeProfile.set(profile);
        await deps.statusBar.refresh();
        return profile;
      }
      throw new UserCancelledError();
    },
  };
}

function describe(session: SessionSummary): string {
  const what = session.kind === "role" ? `role ${session.roleArn ?? ""}` : `MFA session${session.mfaSerial ? ` with ${session.mfaSerial}` : ""}`;
  return `${what} · until ${formatLocalTime(session.expiration)}`;
}
