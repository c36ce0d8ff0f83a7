// The subclasses callers branch on. Each fixes its `code`; the message is written where the error
// is thrown, because only that place knows the profile and the next step.
import { MfaSessionError, type MfaSessionErrorOptions } from "./MfaSessionError.js";

export class UsageError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "USAGE", options); }
}
export class ConfigError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "CONFIG_INVALID", options); }
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
export class CredentialsMissingError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "CREDENTIALS_MISSING", options); }
}
export class CredentialProcessRecursionError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "CREDENTIAL_PROCESS_RECURSION", options); }
}
export class CredentialProcessFailedError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "CREDENTIAL_PROCESS_FAILED", options); }
}
export class NoMfaDeviceError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "NO_MFA_DEVICE", options); }
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
export class EndpointUnreachableError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "ENDPOINT_UNREACHABLE", options); }
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
export class CacheUnsafeError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "CACHE_UNSAFE", options); }
}
export class LockTimeoutError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "LOCK_TIMEOUT", options); }
}
export class FileExistsError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "FILE_EXISTS", options); }
}
export class DeviceConflictError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "DEVICE_CONFLICT", options); }
}
export class DeviceLimitError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "DEVICE_LIMIT", options); }
}
export class EntityExistsError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "ENTITY_EXISTS", options); }
}
export class NoSuchEntityError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "NO_SUCH_ENTITY", options); }
}
export class IpcProtocolError extends MfaSessionError {
  constructor(message: string, options?: MfaSessionErrorOptions) { super(message, "IPC_PROTOCOL", options); }
}
