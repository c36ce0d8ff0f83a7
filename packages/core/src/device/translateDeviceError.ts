// Turns an IAM error from a device call into a project error whose hint says what would fix it for
// that verb (each app words it; the message stays neutral). Only device-specific IAM codes are handled here; the rest (throttling, access
// denied, unreachable endpoint) go through the shared AWS translation.
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { DeviceConflictError, EntityExistsError, InvalidMfaCodeError, NoSuchEntityError } from "../errors/errors.js";
import { translateAwsError } from "../aws/translateAwsError.js";

export type DeviceAction = "create" | "enable" | "resync" | "deactivate" | "delete" | "list" | "get" | "tag" | "untag";

export interface DeviceErrorContext {
  action: DeviceAction;
  /** Names the device or user in the message, e.g. `MFA device arn:aws:iam::1:mfa/alice`. */
  subject: string;
  /** The device acted on, carried in the hint for the app's next step. */
  serialNumber?: string;
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
  const serial = context.serialNumber === undefined ? {} : { serialNumber: context.serialNumber };
  switch (getAwsErrorCode(error)) {
    case "EntityAlreadyExists":
      if (action === "create") {
        return new EntityExistsError(`${subject} already exists`, { ...options, hint: { kind: "device-name-taken" }, nextStep: "choose another name or path, or delete the old device" });
      }
      return new EntityExistsError(`${subject} is already enabled for a user`, {
        ...options, hint: { kind: "device-already-enabled", ...serial }, nextStep: "deactivate it first, or pick a device that no user has",
      });
    case "NoSuchEntity":
      return new NoSuchEntityError(`${subject} was not found`, { ...options, hint: { kind: "device-not-found" }, nextStep: "check the serial (ARN) and user name in the list of MFA devices" });
    case "DeleteConflict":
      return new DeviceConflictError(`${subject} is still enabled for a user`, {
        ...options, hint: { kind: "device-still-enabled", ...serial }, nextStep: "deactivate it first",
      });
    case "LimitExceeded":
      return action === "create"
        ? new MfaSessionError(`${subject}: the account's quota of virtual MFA devices is reached`, "DEVICE_LIMIT", { ...options, hint: { kind: "device-quota" }, nextStep: "delete unused (unassigned) devices, or ask AWS for a higher quota" })
        : new MfaSessionError(`${subject}: IAM allows at most 8 MFA devices per user; deactivate and delete one the user no longer uses, then try again.`, "DEVICE_LIMIT", options);
    case "InvalidAuthenticationCode":
      return new InvalidMfaCodeError(`${subject}: the authentication codes were refused; ${CONSECUTIVE_CODES_HINT}.`, options);
    default:
      return translateAwsError(error, { subject, endpoint: context.endpoint });
  }
}
