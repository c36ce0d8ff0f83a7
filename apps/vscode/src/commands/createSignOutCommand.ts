// "Sign Out": forget a profile's cached sessions (or all), so the next call asks for a code again; a
// sign-in under way keeps nothing either (core's removeSessions records the logout first).
import { UserCancelledError } from "@mfa-session/core";
import type { CommandDeps, CommandSpec } from "./CommandSpec.js";

const ALL = "All profiles";

export function createSignOutCommand(deps: Pick<CommandDeps, "window" | "services" | "statusBar">): CommandSpec {
  return {
    id: "mfaSession.signOut",
    title: "Sign Out",
    async run(arg?: unknown) {
      let profile = typeof arg === "string" ? arg : undefined;
      if (profile === undefined) {
        const sessions = await deps.services.listSessions();
        const profiles = [...new Set(sessions.map((session) => session.profile))].sort();
        if (profiles.length === 0) {
          // Nothing cached, but a sign-in may be under way: the logout recorded now keeps it from being cached.
          const removed = await deps.services.signOut(undefined);
          await deps.statusBar.refresh();
          void deps.window.showInformationMessage("MFA Session: there was no cached session; signed out of every profile, so a sign-in still under way will not be cached either.");
          return removed;
        }
        const picked = await deps.window.showQuickPick([...profiles, ALL], { title: "MFA Session: Sign Out", placeHolder: "Forget the cached sessions of…" });
        if (picked === undefined) throw new UserCancelledError();
        profile = picked === ALL ? undefined : picked;
      }
      const removed = await deps.services.signOut(profile);
      await deps.statusBar.refresh();
      const what = profile === undefined ? "every profile" : `profile ${profile}`;
      void deps.window.showInformationMessage(`MFA Session: signed out of ${what} (${removed.length} cached session${removed.length === 1 ? "" : "s"} removed).`);
      return removed;
    },
  };
}
