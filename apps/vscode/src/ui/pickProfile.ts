// A quick pick of profiles; rejects UserCancelledError on Escape so callers need no undefined checks.
import { UserCancelledError, MfaSessionError } from "@mfa-session/core";
import type * as vscode from "vscode";
import type { ProfileChoice } from "../services/ExtensionServices.js";

export interface PickProfileOptions {
  title: string;
  filter?: (profile: ProfileChoice) => boolean;
  /** Listed first. */
  preferred?: string;
  /** Message when nothing passes the filter. */
  none: string;
}

export async function pickProfile(
  window: Pick<typeof vscode.window, "showQuickPick">,
  profiles: readonly ProfileChoice[],
  options: PickProfileOptions,
): Promise<string> {
  const choices = profiles.filter(options.filter ?? (() => true));
  if (choices.length === 0) throw new MfaSessionError(options.none, "CONFIG_INVALID");
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
