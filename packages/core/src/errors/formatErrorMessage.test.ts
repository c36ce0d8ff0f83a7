import { describe, expect, it } from "vitest";
import { DeviceConflictError } from "./errors.js";
import { formatErrorMessage } from "./formatErrorMessage.js";
import { MfaSessionError } from "./MfaSessionError.js";

const conflict = () => new DeviceConflictError("MFA device arn:x is still enabled for a user", {
  hint: { kind: "device-still-enabled", serialNumber: "arn:x" }, nextStep: "deactivate it first",
});

describe(formatErrorMessage.name, () => {
  it("puts the app's wording of the hint after the problem", () => {
    expect(formatErrorMessage(conflict(), (hint) => (hint.kind === "device-still-enabled" ? "deactivate it first, or pass --force" : undefined)))
      .toBe("MFA device arn:x is still enabled for a user: deactivate it first, or pass --force.");
  });

  it("keeps core's neutral message when the app has no wording for the hint", () => {
    expect(conflict().message).toBe("MFA device arn:x is still enabled for a user: deactivate it first.");
    expect(formatErrorMessage(conflict(), () => undefined)).toBe("MFA device arn:x is still enabled for a user: deactivate it first.");
  });

  it("ends the message once when the wording or the neutral step already ends its sentence", () => {
    expect(formatErrorMessage(conflict(), () => "run `mfa-session device list`.")).toBe("MFA device arn:x is still enabled for a user: run `mfa-session device list`.");
    expect(new DeviceConflictError("Device x is busy", { nextStep: "try again later." }).message).toBe("Device x is busy: try again later.");
  });

  it("shows an error without a hint, and a foreign error, as they are", () => {
    expect(formatErrorMessage(new MfaSessionError("Profile dev: broken."), () => "never")).toBe("Profile dev: broken.");
    expect(formatErrorMessage(new TypeError("bad"), () => "never")).toBe("bad");
  });
});
