// The shape every prompt driver has: a name (for MFA_SESSION_PROMPT) and an ask that either returns
// a code or throws PromptUnavailableError quickly when it cannot ask here (no tty, no display, ...),
// so the chain moves on to the next driver.
import type { MfaCodeProvider } from "@mfa-session/core";

export const PROMPT_DRIVER_NAMES = ["token", "process", "vscode", "tty", "dialog"] as const;
export type PromptDriverName = (typeof PROMPT_DRIVER_NAMES)[number];

export interface PromptDriver {
  name: PromptDriverName;
  ask: MfaCodeProvider;
}
