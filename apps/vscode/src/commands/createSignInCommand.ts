// "Sign In": pick a profile, ask for the code inline, and put the session into the shared cache
// (the CLI and every SDK using credential_process then find it there).
import * as vscode from "vscode";
import { formatTimeLeft } from "../status/formatTimeLeft.js";
import { formatLocalTime } from "../ui/formatLocalTime.js";
import { pickProfile } from "../ui/pickProfile.js";
import type { CommandDeps, CommandSpec } from "./CommandSpec.js";

export interface SignInArgs {
  profile?: string;
  /** Renew: a new session even when a live one is cached. */
  forceRefresh?: boolean;
}

export function createSignInCommand(deps: Pick<CommandDeps, "window" | "services" | "codeProvider" | "statusBar" | "activeProfile" | "clock">): CommandSpec {
  return {
    id: "mfaSession.signIn",
    title: "Sign In",
    async run(arg?: unknown) {
      const args: SignInArgs = typeof arg === "string" ? { profile: arg } : ((arg as SignInArgs | undefined) ?? {});
      const active = deps.activeProfile.get();
      const profile = args.profile ?? (await pickProfile(deps.window, await deps.services.listProfiles(), {
        title: "MFA Session: Sign In",
        filter: (choice) => choice.mfaSerial !== undefined || choice.usesMfaSession,
        ...(active ? { preferred: active } : {}),
        none: { problem: "No profile with an MFA device (mfa_serial) in your AWS config", nextStep: "configure one first", hint: { kind: "configure-profile" } },
      }));
      // In the status bar, not a notification: the code box is the one thing shown, and its Escape cancels.
      const result = await deps.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: `MFA Session: signing in to profile ${profile}…` },
        () => deps.services.signIn(profile, { forceRefresh: Boolean(args.forceRefresh), codeProvider: deps.codeProvider }),
      );
      await deps.activeProfile.set(profile);
      await deps.statusBar.refresh();
      const left = formatTimeLeft(result.expiration.getTime() - deps.clock.now());
      const verb = result.source === "cache" ? "already signed in" : "signed in";
      void deps.window.showInformationMessage(`Profile ${profile}: ${verb}, session ends in ${left} (until ${formatLocalTime(result.expiration)}).`);
      return { profile, expiration: result.expiration, source: result.source };
    },
  };
}
