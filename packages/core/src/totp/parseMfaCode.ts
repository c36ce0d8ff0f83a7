// Codes are checked before any network call: exactly six digits, nothing else.
import { InvalidMfaCodeError } from "../errors/errors.js";

export function isMfaCode(value: string): boolean {
  return /^\d{6}$/.test(value);
}

/** Trims surrounding white space and returns the code, or throws without echoing what was typed. */
export function parseMfaCode(value: string, subject: string): string {
  const code = value.trim();
  if (!isMfaCode(code)) {
    throw new InvalidMfaCodeError(`${subject}: an MFA code is exactly 6 digits; enter the code your authenticator shows now.`);
  }
  return code;
}
