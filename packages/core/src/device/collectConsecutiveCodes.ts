// Asks for two consecutive codes the way a person can give them: the first code, then a wait for
// the authenticator's next 30-second window, then the second. With the seed at hand (setup), the
// first code is checked locally so a mis-scanned QR is caught before IAM is called.
import { InvalidMfaCodeError } from "../errors/errors.js";
import { systemClock, type Clock } from "../ports/ports.js";
import { getTotpCounter, TOTP_STEP_SECONDS } from "../totp/generateTotp.js";
import { parseMfaCode } from "../totp/parseMfaCode.js";
import { verifyTotp } from "../totp/verifyTotp.js";
import type { CodePair } from "./parseCodePair.js";
import { CONSECUTIVE_CODES_HINT } from "./translateDeviceError.js";

export interface CodeAsk {
  which: 1 | 2;
  /**
   * Why the question is asked again: "format" (not 6 digits), "mismatch" (not this device's code),
   * "same" (equal to the first code), "late" (the window moved on: the last code now counts as the
   * first, enter the next one).
   */
  retry?: "format" | "mismatch" | "same" | "late";
}

export interface CollectConsecutiveCodesOptions {
  ask(request: CodeAsk): Promise<string>;
  /** Told how long until the next code appears, before the wait. */
  onWait?(seconds: number): void;
  sleep?(ms: number): Promise<void>;
  clock?: Clock;
  /** When known, the first code must match it (within one step). */
  seedBase32?: string;
  subject: string;
  maxAttempts?: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function collectConsecutiveCodes(options: CollectConsecutiveCodesOptions): Promise<CodePair> {
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? defaultSleep;
  const maxAttempts = options.maxAttempts ?? 3;
  const stepMs = TOTP_STEP_SECONDS * 1000;

  let code1: string | undefined;
  let counter1 = getTotpCounter(clock.now());
  let retry: CodeAsk["retry"];
  for (let attempt = 1; code1 === undefined; attempt++) {
    if (attempt > maxAttempts) throw new InvalidMfaCodeError(`${options.subject}: no valid first code after ${maxAttempts} tries; ${CONSECUTIVE_CODES_HINT}.`);
    const answer = await options.ask(retry ? { which: 1, retry } : { which: 1 });
    const code = tryParse(answer, options.subject);
    if (code === undefined) { retry = "format"; continue; }
    if (options.seedBase32) {
      const counter = verifyTotp(options.seedBase32, code, { timeMs: clock.now(), window: 1 });
      if (counter === undefined) { retry = "mismatch"; continue; }
      counter1 = counter;
    }
    code1 = code;
  }

  retry = undefined;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const waitMs = (counter1 + 1) * stepMs - clock.now();
    if (waitMs > 0) {
      options.onWait?.(Math.ceil(waitMs / 1000));
      await sleep(waitMs);
    }
    const answer = await options.ask(retry ? { which: 2, retry } : { which: 2 });
    const code = tryParse(answer, options.subject);
    if (code === undefined) { retry = "format"; continue; }
    if (code === code1) { retry = "same"; continue; }
    if (options.seedBase32) {
      const counter = verifyTotp(options.seedBase32, code, { timeMs: clock.now(), window: 1 });
      if (counter === undefined || counter <= counter1) { retry = "mismatch"; continue; }
      if (counter > counter1 + 1) {
        // Too late for a pair with the first code: this one becomes the first, and the next one completes it.
        code1 = code;
        counter1 = counter;
        retry = "late";
        continue;
      }
    }
    return { code1, code2: code };
  }
  throw new InvalidMfaCodeError(`${options.subject}: no valid second code after ${maxAttempts} tries; ${CONSECUTIVE_CODES_HINT}.`);
}

function tryParse(answer: string, subject: string): string | undefined {
  try {
    return parseMfaCode(answer, subject);
  } catch {
    return undefined;
  }
}
