// One prompt per attempt, not per caller: when the lock holder's attempt to get a code fails in a way
// every caller waiting on it would meet too, it leaves that failure (cache/failedAttemptStore.ts)
// before it releases the lock, and the callers that were already waiting fail at once with the same
// error instead of asking again. A caller that starts after the failure asks anew, so a person who
// pressed Escape and tries again is asked again. docs/cache-and-lock.md says which failures are shared.
import type { FailedAttemptStore } from "../cache/failedAttemptStore.js";
import type { FailedAttempt } from "../cache/parseFailedAttempt.js";
import { InvalidMfaCodeError, MfaCodeReusedError, PromptUnavailableError, UserCancelledError } from "../errors/errors.js";
import { MfaSessionError, type MfaSessionErrorOptions } from "../errors/MfaSessionError.js";
import { randomHex } from "../platform/randomHex.js";
import type { Clock, Logger, MfaCodeProvider } from "../ports/ports.js";

export interface SharedFailureOptions {
  store: FailedAttemptStore;
  lockName: string;
  /** Where this caller's code comes from (getCredentials: the code sources in order, mfa_process). */
  askedBy: string;
  /** When this caller began (ms since the epoch); default now. */
  startedAt?: number | undefined;
  clock: Clock;
  logger: Logger;
  /** This caller's own cancellation (its process stopping) is its own, never shared. */
  signal?: AbortSignal | undefined;
}

export interface SharedFailure {
  /** Wraps the code provider to know which failures came from asking. */
  watch(codeProvider: MfaCodeProvider): MfaCodeProvider;
  /** The error of an attempt, asked the same way, that failed after this caller started; else undefined. */
  find(): Promise<MfaSessionError | undefined>;
  /**
   * The failure a caller waiting on the holder takes on: find()'s error, unless something answers this
   * caller without a code after all (a chained role from a cached MFA session: `findWithoutCode`).
   */
  findForWaiter(findWithoutCode: () => Promise<{ hit?: unknown; mfaSession?: unknown }>): Promise<MfaSessionError | undefined>;
  /** Leaves `error` for the waiters when it is the outcome of asking; never throws. */
  record(error: unknown): Promise<void>;
  /** After a success, an older failure is nobody's outcome any more; never throws. */
  clear(): Promise<void>;
}

/** Refused codes end the code loop only after its own retries (submitMfaCode): every waiter would meet them too. */
const REFUSED_CODE = new Set(["INVALID_MFA_CODE", "MFA_CODE_REUSED"]);

export function createSharedFailure(options: SharedFailureOptions): SharedFailure {
  const { store, lockName, askedBy, clock, logger } = options;
  const startedAt = options.startedAt ?? clock.now();
  let askingError: unknown;

  async function find(): Promise<MfaSessionError | undefined> {
    const attempt = await store.read(lockName).catch(() => undefined);
    if (attempt === undefined || attempt.askedBy !== askedBy || attempt.failedAt < startedAt) return undefined;
    return toError(attempt.error);
  }

  return {
    watch: (codeProvider) => async (request) => {
      try {
        return await codeProvider(request);
      } catch (error) {
        askingError = error;
        throw error;
      }
    },

    find,

    async findForWaiter(findWithoutCode) {
      const failure = await find();
      if (failure === undefined) return undefined;
      const found = await findWithoutCode();
      return found.hit === undefined && found.mfaSession === undefined ? failure : undefined;
    },

    async record(error) {
      if (!(error instanceof MfaSessionError) || options.signal?.aborted) return;
      if (error !== askingError && !REFUSED_CODE.has(error.code)) return; // a network error, throttling...: the next caller tries anew
      const attempt: FailedAttempt = {
        attemptId: randomHex(8),
        failedAt: clock.now(),
        askedBy,
        error: {
          code: error.code, problem: error.problem, message: error.message,
          ...(error.hint === undefined ? {} : { hint: error.hint }),
          ...(error instanceof MfaCodeReusedError ? { waitSeconds: error.waitSeconds } : {}),
        },
      };
      try {
        await store.write(lockName, attempt);
      } catch (writeError) {
        // The holder's own error is what matters; the waiters then ask for themselves, as before.
        logger.debug(`Could not leave the failed attempt for the callers waiting on ${lockName}: ${String(writeError)}`);
      }
    },

    async clear() {
      try {
        await store.remove(lockName);
      } catch (removeError) {
        logger.debug(`Could not remove the failed attempt of ${lockName}: ${String(removeError)}`);
      }
    },
  };
}

/** The holder's error again, of the class callers branch on, reading word for word the same. */
function toError({ code, problem, message, hint, waitSeconds }: FailedAttempt["error"]): MfaSessionError {
  const nextStep = message.startsWith(`${problem}: `) ? message.slice(problem.length + 2) : undefined;
  const options: MfaSessionErrorOptions = { ...(hint === undefined ? {} : { hint }), ...(nextStep === undefined ? {} : { nextStep }) };
  const words = nextStep === undefined ? message : problem;
  switch (code) {
    case "CANCELLED": return new UserCancelledError(words, options);
    case "PROMPT_UNAVAILABLE": return new PromptUnavailableError(words, options);
    case "INVALID_MFA_CODE": return new InvalidMfaCodeError(words, options);
    case "MFA_CODE_REUSED": return new MfaCodeReusedError(waitSeconds ?? 30, words, options);
    default: return new MfaSessionError(words, code, options);
  }
}
