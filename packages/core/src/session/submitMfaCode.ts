// The MFA code loop shared by GetSessionToken and AssumeRole-with-MFA: ask, validate (6 digits) before any
// network call, never submit a code already accepted for the device, ask a person again after a refused code.
import { setTimeout as delay } from "node:timers/promises";
import type { UsedCodeStore } from "../cache/SessionCache.js";
import { InvalidMfaCodeError, MfaCodeReusedError } from "../errors/errors.js";
import { type Clock, type Logger, type MfaCodeProvider, type MfaCodeRequest, silentLogger } from "../ports/ports.js";
import { getSecondsUntilNextCode } from "../totp/generateTotp.js";
import { parseMfaCode } from "../totp/parseMfaCode.js";
import { warnAfterSts } from "./warnAfterSts.js";

export const MAX_MFA_CODE_ATTEMPTS = 3;

/** Where a code comes from and how it is checked: the options every STS call with an MFA code takes. */
export interface MfaCodeOptions {
  codeProvider: MfaCodeProvider;
  /** See MfaCodeProviderOptions: false = one try, a refused code fails at once. Default true. */
  interactive?: boolean;
  /**
   * The provider makes a new code every 30 s (mfa_process): when it hands out a code already used
   * (another profile of the same device just spent it), wait for the next code once and ask again,
   * rather than fail a caller whose next code is seconds away.
   */
  freshCodeEachStep?: boolean;
  /** Waits (default: a timer that the signal cancels); injected by tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  usedCodes: UsedCodeStore;
  clock: Clock;
  /** Warns when an accepted code cannot be recorded as used (the answer is returned all the same). */
  logger?: Logger;
  signal?: AbortSignal;
}

export interface SubmitMfaCodeOptions extends MfaCodeOptions {
  profile: string;
  mfaSerial: string;
  /** Shown by the prompt ("to start an MFA session for work"). */
  reason: string;
}

/** Gets a code from the provider and hands it to `submit`; `submit` throws InvalidMfaCodeError when AWS refuses it. */
export async function submitMfaCode<T>(options: SubmitMfaCodeOptions, submit: (code: string) => Promise<T>): Promise<T> {
  const interactive = options.interactive ?? true;
  const maxAttempts = interactive ? MAX_MFA_CODE_ATTEMPTS : 1;
  const subject = `Profile ${options.profile}`;
  let previousError: MfaCodeRequest["previousError"];
  // Where accepted codes are recorded must be usable before a code is spent on AWS.
  await options.usedCodes.prepare();
  const remember = async (code: string): Promise<void> => {
    try {
      await options.usedCodes.remember(options.mfaSerial, code);
    } catch (error) {
      warnAfterSts(options.logger ?? silentLogger,
        `${subject}: the MFA code could not be recorded as used, so another process may offer it to AWS again in the next 90 s`, error, "record the used MFA code");
    }
  };
  let waitedForNextCode = false;
  /** True after waiting for the next code, when the provider is worth asking once more for it. */
  const waitForNextCode = async (): Promise<boolean> => {
    if (interactive || !options.freshCodeEachStep || waitedForNextCode) return false;
    waitedForNextCode = true;
    const seconds = getSecondsUntilNextCode(options.clock.now());
    options.logger?.info(`${subject}: the code from mfa_process was already used for ${options.mfaSerial}; waiting ${seconds} s for the next one.`);
    // A second past the step: the next code, even for a provider whose clock is a little behind.
    await (options.sleep ?? ((ms, signal) => delay(ms, undefined, { signal })))(seconds * 1000 + 1000, options.signal);
    return true;
  };
  for (let attempt = 1; ; attempt++) {
    options.signal?.throwIfAborted();
    const request: MfaCodeRequest = { profile: options.profile, mfaSerial: options.mfaSerial, reason: options.reason, attempt };
    if (previousError !== undefined) request.previousError = previousError;
    if (options.signal !== undefined) request.signal = options.signal;
    const answer = await options.codeProvider(request);
    const last = attempt >= maxAttempts;

    let code: string;
    try {
      code = parseMfaCode(answer, subject);
    } catch (error) {
      if (last) throw error;
      previousError = "invalid";
      continue;
    }

    if (await options.usedCodes.wasUsed(options.mfaSerial, code)) {
      if (await waitForNextCode()) {
        previousError = "reused";
        continue;
      }
      if (last) throw reusedError(subject, options);
      previousError = "reused";
      continue;
    }

    try {
      const result = await submit(code);
      await remember(code);
      return result;
    } catch (error) {
      if (error instanceof MfaCodeReusedError) {
        // STS knew the code as used (another tool took it): never offer it again either.
        await remember(code);
        if (!(await waitForNextCode()) && last) throw error;
        previousError = "reused";
        continue;
      }
      if (!(error instanceof InvalidMfaCodeError)) throw error;
      if (last) throw refusedError(subject, options, interactive, error);
      previousError = "invalid";
    }
  }
}

function reusedError(subject: string, options: SubmitMfaCodeOptions): MfaCodeReusedError {
  const wait = getSecondsUntilNextCode(options.clock.now());
  return new MfaCodeReusedError(
    wait,
    `${subject}: this MFA code was already used for ${options.mfaSerial} and AWS accepts a code only once; wait for the next code (${wait} s) and try again.`,
  );
}

function refusedError(subject: string, options: SubmitMfaCodeOptions, interactive: boolean, cause: InvalidMfaCodeError): InvalidMfaCodeError {
  const { mfaSerial, profile } = options;
  if (interactive) {
    return new InvalidMfaCodeError(
      `${subject}: AWS refused the MFA code ${MAX_MFA_CODE_ATTEMPTS} times for ${mfaSerial}. Check that your authenticator entry belongs to this device and that this computer's clock is right, then try again.`,
      { cause },
    );
  }
  // The app words where a fixed code came from (a CLI flag, mfa_process); the message names neither.
  return new InvalidMfaCodeError(`${subject}: AWS refused the MFA code for ${mfaSerial}`, {
    cause, hint: { kind: "fresh-code", profile }, nextStep: "a code given up front cannot be asked for again; run again with the code your authenticator shows now",
  });
}

