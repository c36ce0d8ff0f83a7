// The narrow ports core depends on. Unit tests pass hand-written fakes; integration tests pass real
// SDK clients pointed at the sandbox or moto, so real serialization and signing run.
import type { IAMClient } from "@aws-sdk/client-iam";
import type { STSClient } from "@aws-sdk/client-sts";

export type StsPort = Pick<STSClient, "send">;
export type IamPort = Pick<IAMClient, "send">;

/** Milliseconds since the epoch; injected so tests control time. */
export interface Clock {
  now(): number;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
}

export const systemClock: Clock = { now: () => Date.now() };

export const silentLogger: Logger = { debug() {}, info() {}, warn() {} };

/** Why a code is being asked for, shown to the person by the prompt driver. */
export interface MfaCodeRequest {
  profile: string;
  mfaSerial: string;
  reason: string;
  /** 1 for the first ask; 2 and 3 after STS said the code was wrong. */
  attempt: number;
  /** Set when the previous code was refused, so the prompt can say "code was incorrect, try again". */
  previousError?: "invalid" | "reused";
  signal?: AbortSignal;
}

/** Returns a 6-digit code, or rejects (UserCancelledError, PromptUnavailableError, ...). */
export type MfaCodeProvider = (request: MfaCodeRequest) => Promise<string>;

/**
 * Passed next to an MfaCodeProvider (getCredentials' `codeProviderOptions`).
 * interactive (default true): a person answers, so after a refused code the provider is asked again
 * (attempt 2 and 3, previousError set). false for a fixed code (--token-code) or mfa_process: a refused
 * code fails at once, because asking again would only return the same code.
 */
export interface MfaCodeProviderOptions {
  interactive?: boolean;
}
