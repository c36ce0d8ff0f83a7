// The shape every prompt driver has: the code source it stands for (core's names, as MFA_SESSION_PROMPT
// lists them) and an ask that either returns a code or throws PromptUnavailableError quickly when it
// cannot ask here (no tty, no display, ...), so core's chain moves on to the next source.
import type { CodeSourceName, MfaCodeProvider } from "@mfa-session/core";

export type PromptDriverName = Extract<CodeSourceName, "vscode" | "tty" | "dialog">;

export interface PromptDriver {
  name: PromptDriverName;
  ask: MfaCodeProvider;
}
