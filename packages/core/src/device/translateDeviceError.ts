// Turns an IAM error from a device call into a project error whose message says what to do next
// for that verb. Only device-specific IAM codes are handled here; the rest (throttling, access
// denied, unreachable endpoint) go through the shared AWS translation.
import { MfaSessionError } from "../errors/MfaSessionError.js";
import {
  DeviceConflictError, DeviceLimitError, EntityExistsError, InvalidMfaCodeError, NoSuchEntityError,
} from "../errors/errors.js";
import { translateAwsError } from "../aws/translateAwsError.js";

export type DeviceAction = "create" | "enable" | "resync" | "deactivate" | "delete" | "list" | "get" | "tag" | "untag";

export interface DeviceErrorContext {
  action: DeviceAction;
  /** Names the device or user in the message, e.g. `MFA device arn:aws:iam::1:mfa/alice`. */
  subject: string;
  endpoint?: string;
}

export const CONSECUTIVE_CODES_HINT =
  "the codes must be two consecutive codes: wait for a fresh code and enter it, then the next one";

/** The IAM error code without the SDK's "Exception" suffix ("EntityAlreadyExistsException" -> "EntityAlreadyExists"). */
export function getAwsErrorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const record = error as { name?: unknown; Code?: unknown; code?: unknown };
  const raw = typeof record.Code === "string" ? record.Code : typeof record.name === "string" ? record.name : undefined;
  return raw?.replace(/Exception$/, "");
}

export function translateDeviceError(error: unknown, context: DeviceErrorContext): MfaSessionError {
  if (error instanceof MfaSessionError) return error;
  const { action, subject } = context;
  const options = { cause: error };
  switch (getAwsErrorCode(error)) {
    case "EntityAlreadyExists":
      if (action === "create") {
        return new EntityExistsError(`${subject} already exists: choose another --name (or --path), or remove the old one with \`mfa-session device delete --serial ARN\`.`, options);
      }
      return new EntityExistsError(`${subject} is already enabled for a user: deactivate it first with \`mfa-session device deactivate\`, or pick an unassigned device from \`mfa-session device list --assignment-status Unassigned\`.`, options);
    case "NoSuchEntity":
      return new NoSuchEntityError(`${subject} was not found: check the serial (ARN) and user name with \`mfa-session device list\`.`, options);
    case "DeleteConflict":
      return new DeviceConflictError(`${subject} is still enabled for a user: deactivate it first, or pass --force.`, options);
    case "LimitExceeded":
      return new DeviceLimitError(action === "create"
        ? `${subject}: the account's quota of virtual MFA devices is reached; delete unused ones (\`mfa-session device list --assignment-status Unassigned\`) or ask AWS for a higher quota.`
        : `${subject}: IAM allows at most 8 MFA devices per user; deactivate and delete one the user no longer uses, then try again.`, options);
    case "InvalidAuthenticationCode":
      return new InvalidMfaCodeError(`${subject}: the authentication codes were refused; ${CONSECUTIVE_CODES_HINT}.`, options);
    default:
      return translateAwsError(error, { subject, endpoint: context.endpoint });
  }
}
