// The words every interactive driver shows, so the terminal, the dialog and the editor say the same thing.
import type { MfaCodeRequest } from "@mfa-session/core";

export function formatPromptText(request: Pick<MfaCodeRequest, "profile" | "mfaSerial">): string {
  return `MFA code for ${request.profile} (${request.mfaSerial}):`;
}

/** The line shown before a re-ask, or undefined on the first ask. */
export function formatRetryNotice(request: Pick<MfaCodeRequest, "attempt" | "previousError">): string | undefined {
  if (request.previousError === "reused") return "That code was just used; wait for the next code, then enter it.";
  if (request.previousError === "invalid" || request.attempt > 1) return "code was incorrect, try again";
  return undefined;
}
