// Pure: the record a lock holder leaves when its attempt to get a code ended in failure, so the callers
// that waited on it fail with the same error instead of asking again (session/sharedFailure.ts). It holds
// the error's code, words and hint, never a code or a secret.
import type { ErrorHint } from "../errors/ErrorHint.js";
import type { MfaSessionErrorCode } from "../errors/MfaSessionError.js";
import { parseJsonObject } from "./parseJsonObject.js";

const FORMAT = "mfa-session-failed-attempt";

export interface FailedAttempt {
  /** Random, per attempt: tells two failures apart in a log. */
  attemptId: string;
  /** When the attempt failed (ms since the epoch). */
  failedAt: number;
  /** Where the attempt's code came from (a hash); only callers that ask the same way take it on. */
  askedBy: string;
  error: {
    code: MfaSessionErrorCode;
    /** MfaSessionError.problem, message and hint: the waiter's error reads as the holder's. */
    problem: string;
    message: string;
    hint?: ErrorHint;
    /** MfaCodeReusedError's wait for the next code. */
    waitSeconds?: number;
  };
}

export function formatFailedAttempt(attempt: FailedAttempt): string {
  return `${JSON.stringify({ format: FORMAT, version: 1, ...attempt })}\n`;
}

/** The record in `text`, or undefined when it is not a whole one. */
export function parseFailedAttempt(text: string): FailedAttempt | undefined {
  const data = parseJsonObject(text);
  if (data === undefined || data.format !== FORMAT || data.version !== 1) return undefined;
  const { attemptId, failedAt, askedBy, error } = data;
  if (typeof attemptId !== "string" || typeof askedBy !== "string" || typeof failedAt !== "number" || !Number.isFinite(failedAt)) return undefined;
  if (typeof error !== "object" || error === null) return undefined;
  const { code, problem, message, hint, waitSeconds } = error as Record<string, unknown>;
  if (typeof code !== "string" || typeof problem !== "string" || typeof message !== "string") return undefined;
  if (hint !== undefined && !isHint(hint)) return undefined;
  if (waitSeconds !== undefined && (typeof waitSeconds !== "number" || !Number.isFinite(waitSeconds))) return undefined;
  return {
    attemptId, failedAt, askedBy,
    error: {
      code: code as MfaSessionErrorCode, problem, message,
      ...(hint === undefined ? {} : { hint }), ...(waitSeconds === undefined ? {} : { waitSeconds }),
    },
  };
}

/** An ErrorHint's shape: a kind and string fields (each app words only the kinds it knows). */
function isHint(value: unknown): value is ErrorHint {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return typeof (value as { kind?: unknown }).kind === "string" && Object.values(value).every((field) => typeof field === "string");
}
