import { describe, expect, it } from "vitest";
import { DeviceConflictError, EntityExistsError, ThrottledError } from "../errors/errors.js";
import { getAwsErrorCode, translateDeviceError } from "./translateDeviceError.js";

const awsError = (name: string) => Object.assign(new Error(name), { name, $metadata: {} });

describe(translateDeviceError.name, () => {
  it("maps the SDK's exception names and keeps the cause", () => {
    const cause = awsError("DeleteConflictException");
    const error = translateDeviceError(cause, { action: "delete", subject: "MFA device arn:x" });
    expect(error).toBeInstanceOf(DeviceConflictError);
    expect(error.cause).toBe(cause);
    expect(error.message).toBe("MFA device arn:x is still enabled for a user: deactivate it first, or pass --force.");
  });

  it("words EntityAlreadyExists by verb", () => {
    expect(translateDeviceError(awsError("EntityAlreadyExists"), { action: "enable", subject: "s" })).toBeInstanceOf(EntityExistsError);
    expect(translateDeviceError(awsError("EntityAlreadyExists"), { action: "enable", subject: "s" }).message).toMatch(/deactivate it first/);
  });

  it("leaves other AWS errors to the shared translation", () => {
    expect(translateDeviceError(awsError("Throttling"), { action: "list", subject: "s" })).toBeInstanceOf(ThrottledError);
    expect(getAwsErrorCode({ name: "LimitExceededException" })).toBe("LimitExceeded");
  });
});
