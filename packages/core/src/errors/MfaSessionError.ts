// The one error hierarchy of mfa-session. Every error has a stable `code` that callers branch on,
// a message that names the subject and says what to do next, and never a secret or an MFA code.

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
  | "DEVICE_CONFLICT"
  | "DEVICE_LIMIT"
  | "ENTITY_EXISTS"
  | "NO_SUCH_ENTITY"
  | "IPC_PROTOCOL";

export interface MfaSessionErrorOptions {
  cause?: unknown;
}

export class MfaSessionError extends Error {
  readonly code: MfaSessionErrorCode;

  constructor(message: string, code: MfaSessionErrorCode = "MFA_SESSION_ERROR", options: MfaSessionErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
  }
}

export function isMfaSessionError(value: unknown): value is MfaSessionError {
  return value instanceof MfaSessionError;
}
