// RFC 6238 TOTP (HMAC-SHA1, 6 digits, 30 s steps) over a Base32 seed.
import { createHmac } from "node:crypto";
import { decodeBase32 } from "./base32.js";

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;

export interface TotpOptions {
  /** Milliseconds since the epoch. */
  timeMs: number;
  digits?: number;
  stepSeconds?: number;
  algorithm?: "sha1" | "sha256" | "sha512";
}

export function getTotpCounter(timeMs: number, stepSeconds = TOTP_STEP_SECONDS): number {
  return Math.floor(timeMs / 1000 / stepSeconds);
}

export function generateTotp(seedBase32: string, options: TotpOptions): string {
  return generateHotp(decodeBase32(seedBase32), getTotpCounter(options.timeMs, options.stepSeconds), options);
}

export function generateHotp(key: Buffer, counter: number, options: Pick<TotpOptions, "digits" | "algorithm"> = {}): string {
  const digits = options.digits ?? TOTP_DIGITS;
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac(options.algorithm ?? "sha1", key).update(message).digest();
  const offset = hmac[hmac.length - 1]! & 0x0f;
  const binary = (hmac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return binary.toString().padStart(digits, "0");
}

/** Seconds until the current code changes. */
export function getSecondsUntilNextCode(timeMs: number, stepSeconds = TOTP_STEP_SECONDS): number {
  const elapsed = (timeMs / 1000) % stepSeconds;
  return Math.ceil(stepSeconds - elapsed);
}
