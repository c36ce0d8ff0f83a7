// A quick pick of profiles; rejects UserCancelledError on Escape so callers need no undefined checks.
import { UserCancelledError, MfaSessionError, type ErrorHint } from "@mfa-session/core";
import type * as vscode from "vscode";
import type { ProfileChoice } from "../services/ExtensionServices.js";

export interface PickProfileOptions {
  title: string;
  filter?: (profile: ProfileChoice) => boolean;
  /** Listed first. */
  preferred?: string;
  /** Message when nothing passes the filter; with a hint, the error's button leads to the fix. */
  none: string | { problem: string; nextStep: string; hint: ErrorHint };
}

export async function pickProfile(
  window: Pick<typeof vscode.window, "showQuickPick">,
  profiles: readonly ProfileChoice[],
  options: PickProfileOptions,
): Promise<string> {
  const choices = profiles.filter(options.filter ?? (() => true));
  if (choices.length === 0) {
    const { none } = options;
    throw typeof none === "string" ? new MfaSessionError(none, "CONFIG_INVALID") : new MfaSessionError(none.problem, "CONFIG_INVALID", { hint: none.hint, nextStep: none.nextStep });
  }
  const ordered = [...choices].sort((a, b) => Number(b.name === options.preferred) - Number(a.name === options.preferred));
  const picked = await window.showQuickPick(
    ordered.map((profile) => ({
      label: profile.name,
      description: [profile.mfaSerial ? `MFA ${profile.mfaSerial}` : "", profile.hasStaticKeys ? "access keys" : ""].filter(Boolean).join(" · "),
    })),
    { title: options.title, placeHolder: "Profile", ignoreFocusOut: true },
  );
  if (!picked) throw new UserCancelledError();
  return picked.label;
}
