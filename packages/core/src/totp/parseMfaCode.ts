// What counts as an MFA code, in one place: six digits, typed as one group or as the two groups of
// three that authenticator apps show ("123 456"). Checked before any network call.
import { InvalidMfaCodeError } from "../errors/errors.js";

/**
 * The forms a person gives a code in, as a regular expression source (redactSecrets masks the same
 * forms). Only white space may split it: that is what apps display (a thin or no-break space when
 * copied from some); a dash or dot appears in no authenticator, and a leading sign is a typo.
 */
export const MFA_CODE_PATTERN = String.raw`\d{6}|\d{3}\s\d{3}`;

const wholeCode = new RegExp(`^(?:${MFA_CODE_PATTERN})$`);

/** True for a code in its one form, six digits: what crosses a process or network boundary. */
export function isMfaCode(value: string): boolean {
  return /^\d{6}$/.test(value);
}

/** The six digits of a code as a person typed it (surrounding white space, 123 456), or undefined. */
export function normalizeMfaCode(value: string): string | undefined {
  const text = value.trim();
  return wholeCode.test(text) ? text.replace(/\s/g, "") : undefined;
}

/** The code in its one form, or throws without echoing what was typed. */
export function parseMfaCode(value: string, subject: string): string {
  const code = normalizeMfaCode(value);
  if (code === undefined) {
    throw new InvalidMfaCodeError(`${subject}: an MFA code is exactly 6 digits; enter the code your authenticator shows now.`);
  }
  return code;
}
