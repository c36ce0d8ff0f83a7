// Masks what looks like a secret before a line leaves mfa-session (another program's stderr in an
// error, the extension's output channel): a second line of defence, since no caller passes a secret
// on purpose. Secrets are known by their shape, not their length, so setting names, error names and
// paths of any length stay readable.
import { MFA_CODE_PATTERN } from "../totp/parseMfaCode.js";

const MASK = "[redacted]";

const OTPAUTH_URI = /otpauth:\/\/\S+/gi;
const ACCESS_KEY_ID = /(?<![A-Za-z0-9])(?:AKIA|ASIA|AROA|AIDA)[A-Z0-9]{12,}(?![A-Za-z0-9])/g;
// Secret keys, session tokens and seeds are each one unbroken run of the base64 alphabet (with any
// padding); "_", "-", "." and ":" end a run, so `aws_secret_access_key=<key>` masks only the key.
const BASE64_RUN = /[A-Za-z0-9+/]+=*/g;
// A code in the forms a person gives one, not inside a longer number (an account id) nor as the time
// of a SigV4 date (20260101T120000Z, which clock-skew errors quote), but next to letters or "_".
const CODE = new RegExp(String.raw`(?<!\d|\d{8}T)(?:${MFA_CODE_PATTERN})(?!\d)`, "g");

export function redactSecrets(text: string): string {
  return text
    .replace(OTPAUTH_URI, `otpauth://${MASK}`)
    .replace(ACCESS_KEY_ID, MASK)
    .replace(BASE64_RUN, (run) => (isSecretShaped(run.replace(/=+$/, "")) ? MASK : run))
    .replace(CODE, MASK);
}

function isSecretShaped(run: string): boolean {
  // A TOTP seed: Base32 (16 characters for 10 bytes, 32 for 20, 64 for AWS's 40); in lower case only
  // with a digit, so that a long word stays.
  if (/^[A-Z2-7]{16,}$/.test(run) || (/^[a-z2-7]{16,}$/.test(run) && /\d/.test(run))) return true;
  const mixedCase = /[a-z]/.test(run) && /[A-Z]/.test(run);
  // A secret access key: 40 random characters. A word of 40 letters without a break is rare enough.
  if (run.length === 40) return mixedCase;
  // A session token: hundreds of random characters; a path or an identifier this long has no digit
  // in it, or is broken by ".", "_", "-" or a space.
  return run.length > 40 && mixedCase && /\d/.test(run);
}
