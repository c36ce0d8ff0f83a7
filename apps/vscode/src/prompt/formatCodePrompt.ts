// Pure: the words of the MFA code input box for one request (title names the profile and device).
import type { MfaCodeRequest } from "@mfa-session/core";

export interface CodePromptText {
  title: string;
  prompt: string;
  placeholder: string;
}

/** "alice (123456789012)" for arn:aws:iam::123456789012:mfa/alice; a hardware serial as is. */
export function formatDeviceName(mfaSerial: string): string {
  const match = /^arn:[^:]+:iam::(\d*):mfa\/(.+)$/.exec(mfaSerial);
  if (!match) return mfaSerial;
  return match[1] ? `${match[2]} (${match[1]})` : (match[2] ?? mfaSerial);
}

export function formatCodePrompt(request: Pick<MfaCodeRequest, "profile" | "mfaSerial" | "reason" | "previousError">): CodePromptText {
  const title = `MFA code for profile ${request.profile}, device ${formatDeviceName(request.mfaSerial)}`;
  // Core's reasons read "to start an MFA session for profile work"; anything else goes in brackets.
  const why = !request.reason ? "" : /^(to|for) /.test(request.reason) ? ` ${request.reason}` : ` (${request.reason})`;
  let prompt = `Enter the 6-digit code from your authenticator${why}.`;
  if (request.previousError === "invalid") prompt = `That code was incorrect, try again. ${prompt}`;
  if (request.previousError === "reused") prompt = `That code was already used; wait for the next one. ${prompt}`;
  return { title, prompt, placeholder: "123456" };
}
