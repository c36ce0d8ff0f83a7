// The one error hierarchy of mfa-session. Every error has a stable `code` that callers branch on,
// a message that names the subject, and never a secret or an MFA code. The next step is data
// (`hint`): the message words it neutrally, and each app words it its own way (formatErrorMessage).
import { endSentence } from "./endSentence.js";
import type { ErrorHint } from "./ErrorHint.js";

export type MfaSessionErrorCode =
  | "MFA_SESSION_ERROR"
  | "USAGE"
  | "CONFIG_INVALID"
  | "PROFILE_NOT_FOUND"
  | "PROFILE_CYCLE"
  | "CREDENTIALS_MISSING"
  | "CREDENTIAL_PROCESS_RECURSION"
  | "CREDENTIAL_PROCESS_FAILED"
  | "NO_MFA_DEVICE"
  | "INVALID_MFA_CODE"
  | "MFA_CODE_REUSED"
  | "PROMPT_UNAVAILABLE"
  | "CANCELLED"
  | "ACCESS_DENIED"
  | "ENDPOINT_UNREACHABLE"
  | "THROTTLED"
  | "AWS_ERROR"
  | "CACHE_UNSAFE"
  | "LOCK_TIMEOUT"
  | "FILE_EXISTS"
  | "FILE_SYSTEM"
  | "DEVICE_CONFLICT"
  | "DEVICE_LIMIT"
  | "ENTITY_EXISTS"
  | "NO_SUCH_ENTITY"
  | "IPC_PROTOCOL"
  | "CLI_NOT_FOUND"
  | "KEYCHAIN_UNAVAILABLE"
  | "KEY_ROTATION";

export interface MfaSessionErrorOptions {
  cause?: unknown;
  /** What would fix it, as data; an app that knows the kind words its own next step. */
  hint?: ErrorHint;
  /** The next step in neutral words (no flag, no command); the message is `problem: nextStep.` */
  nextStep?: string;
}

export class MfaSessionError extends Error {
  readonly code: MfaSessionErrorCode;
  /** What went wrong, naming the subject, without the next step. */
  readonly problem: string;
  readonly hint?: ErrorHint;

  /** `message` is the problem; with `options.nextStep` the full message becomes `problem: nextStep.` */
  constructor(message: string, code: MfaSessionErrorCode = "MFA_SESSION_ERROR", options: MfaSessionErrorOptions = {}) {
    super(options.nextStep === undefined ? message : `${message}: ${endSentence(options.nextStep)}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.problem = message;
    if (options.hint !== undefined) this.hint = options.hint;
  }
}

export function isMfaSessionError(value: unknown): value is MfaSessionError {
  return value instanceof MfaSessionError;
}
