import { describe, expect, it } from "vitest";
import { DeviceConflictError, EntityExistsError, ThrottledError } from "../errors/errors.js";
import { getAwsErrorCode, translateDeviceError } from "./translateDeviceError.js";

const awsError = (name: string) => Object.assign(new Error(name), { name, $metadata: {} });

describe(translateDeviceError.name, () => {
  it("maps the SDK's exception names and keeps the cause", () => {
    const cause = awsError("DeleteConflictException");
    const error = translateDeviceError(cause, { action: "delete", subject: "MFA device arn:x", serialNumber: "arn:x" });
    expect(error).toBeInstanceOf(DeviceConflictError);
    expect(error.cause).toBe(cause);
  });

  it("says what would fix it as data, in a message that names no app's flag or command", () => {
    const error = translateDeviceError(awsError("DeleteConflictException"), { action: "delete", subject: "MFA device arn:x", serialNumber: "arn:x" });
    expect(error).toMatchObject({ problem: "MFA device arn:x is still enabled for a user", hint: { kind: "device-still-enabled", serialNumber: "arn:x" } });
    expect(error.message).toBe("MFA device arn:x is still enabled for a user: deactivate it first.");
    const hints = (["create", "enable"] as const).map((action) => translateDeviceError(awsError("EntityAlreadyExists"), { action, subject: "s" }))
      .concat([awsError("NoSuchEntity"), awsError("LimitExceeded")].map((cause) => translateDeviceError(cause, { action: "create", subject: "s" })));
    expect(hints.map((hinted) => hinted.hint?.kind)).toEqual(["device-name-taken", "device-already-enabled", "device-not-found", "device-quota"]);
    for (const hinted of hints) expect(hinted.message).not.toMatch(/--|mfa-session /);
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
