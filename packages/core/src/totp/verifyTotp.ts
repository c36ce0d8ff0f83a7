// Checks a code against a seed within a window of steps (AWS accepts the previous, current and next).
import { decodeBase32 } from "./base32.js";
import { generateHotp, getTotpCounter, TOTP_STEP_SECONDS } from "./generateTotp.js";

export interface VerifyTotpOptions {
  timeMs: number;
  /** Steps accepted either side of now; AWS uses 1. */
  window?: number;
  stepSeconds?: number;
}

/** Returns the matching counter (so callers can refuse reuse and check consecutiveness), or undefined. */
export function verifyTotp(seedBase32: string, code: string, options: VerifyTotpOptions): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const key = decodeBase32(seedBase32);
  const now = getTotpCounter(options.timeMs, options.stepSeconds ?? TOTP_STEP_SECONDS);
  const window = options.window ?? 1;
  for (let delta = -window; delta <= window; delta++) {
    if (generateHotp(key, now + delta) === code) return now + delta;
  }
  return undefined;
}

/** Finds the counter of `code` within `range` steps of `aroundCounter` (used for resync of drifted clocks). */
export function findTotpCounter(seedBase32: string, code: string, aroundCounter: number, range: number): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const key = decodeBase32(seedBase32);
  for (let delta = 0; delta <= range; delta++) {
    for (const counter of delta === 0 ? [aroundCounter] : [aroundCounter - delta, aroundCounter + delta]) {
      if (generateHotp(key, counter) === code) return counter;
    }
  }
  return undefined;
}
