// The inline MFA prompt: an input box at the top of the window that names the profile and device,
// validates while typing, accepts by itself on the sixth digit, survives focus loss, and rejects
// with UserCancelledError on Escape (or when the caller gives up), so the caller stops cleanly.
import { UserCancelledError, normalizeMfaCode, type MfaCodeProvider } from "@mfa-session/core";
import type * as vscode from "vscode";
import { formatCodePrompt } from "./formatCodePrompt.js";
import { validateCodeInput } from "./validateCodeInput.js";

export interface InputBoxCodeProviderDeps {
  window: Pick<typeof vscode.window, "createInputBox">;
}

export function createInputBoxCodeProvider(deps: InputBoxCodeProviderDeps): MfaCodeProvider {
  return (request) =>
    new Promise<string>((resolve, reject) => {
      const cancelled = () => new UserCancelledError(`Profile ${request.profile}: MFA code prompt cancelled.`);
      if (request.signal?.aborted) return reject(cancelled());
      const box = deps.window.createInputBox();
      const text = formatCodePrompt(request);
      box.title = text.title;
      box.prompt = text.prompt;
      box.placeholder = text.placeholder;
      box.ignoreFocusOut = true;
      let settled = false;
      const onAbort = () => finish(() => reject(cancelled()));
      const subscriptions = [
        box.onDidChangeValue((value) => {
          box.validationMessage = validateCodeInput(value);
          const code = normalizeMfaCode(value);
          if (code !== undefined) finish(() => resolve(code));
        }),
        box.onDidAccept(() => {
          const code = normalizeMfaCode(box.value);
          if (code !== undefined) finish(() => resolve(code));
          else box.validationMessage = "Enter the 6 digits your authenticator shows.";
        }),
        box.onDidHide(() => finish(() => reject(cancelled()))),
      ];
      request.signal?.addEventListener("abort", onAbort, { once: true });
      function finish(settle: () => void): void {
        if (settled) return;
        settled = true;
        request.signal?.removeEventListener("abort", onAbort);
        for (const subscription of subscriptions) subscription.dispose();
        box.hide();
        box.dispose();
        settle();
      }
      box.show();
    });
}
