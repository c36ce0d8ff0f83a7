// The subclasses: only those that callers branch on with `instanceof` or that carry a field of their
// own. Every other error is a plain MfaSessionError with its `code` (see MfaSessionErrorCode); the
// message is written where the error is thrown, because only that place knows the subject.
import { MfaSessionError, type MfaSessionErrorOptions } from "./MfaSessionError.js";

export class UsageError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "USAGE", options); }
}
export class ProfileNotFoundError extends MfaSessionError {
  constructor(readonly profile: string, message: string, options?: MfaSessionErrorOptions) {
    super(message, "PROFILE_NOT_FOUND", options);
  }
}
export class ProfileCycleError extends MfaSessionError {
  constructor(readonly chain: readonly string[], message: string, options?: MfaSessionErrorOptions) {
    super(message, "PROFILE_CYCLE", options);
  }
}
export class InvalidMfaCodeError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "INVALID_MFA_CODE", options); }
}
export class MfaCodeReusedError extends MfaSessionError {
  constructor(readonly waitSeconds: number, message: string, options?: MfaSessionErrorOptions) {
    super(message, "MFA_CODE_REUSED", options);
  }
}
export class PromptUnavailableError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "PROMPT_UNAVAILABLE", options); }
}
export class UserCancelledError extends MfaSessionError {
  constructor(message = "Cancelled.", options?: MfaSessionErrorOptions) { super(message, "CANCELLED", options); }
}
export class AccessDeniedError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "ACCESS_DENIED", options); }
}
export class ThrottledError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "THROTTLED", options); }
}
/** An AWS error with no more specific class; `awsCode` is the service's own error code. */
export class AwsServiceError extends MfaSessionError {
  constructor(readonly awsCode: string, message: string, options?: MfaSessionErrorOptions) {
    super(message, "AWS_ERROR", options);
  }
}
export class DeviceConflictError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "DEVICE_CONFLICT", options); }
}
export class EntityExistsError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "ENTITY_EXISTS", options); }
}
export class NoSuchEntityError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "NO_SUCH_ENTITY", options); }
}
