import { describe, expect, it } from "vitest";
import { formatCodePrompt, formatDeviceName } from "./formatCodePrompt.js";

describe(formatCodePrompt.name, () => {
  it("names the profile and the device, and says why the code is needed", () => {
    expect(formatCodePrompt({ profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/alice", reason: "to start an MFA session for profile work" })).toEqual({
      title: "MFA code for profile work, device alice (123456789012)",
      prompt: "Enter the 6-digit code from your authenticator to start an MFA session for profile work.",
      placeholder: "123456",
    });
  });

  it("says the previous code was incorrect or already used", () => {
    const base = { profile: "p", mfaSerial: "GAHT12345678", reason: "to assume role r for profile p" };
    expect(formatCodePrompt({ ...base, previousError: "invalid" }).prompt).toMatch(/^That code was incorrect, try again\. Enter/);
    expect(formatCodePrompt({ ...base, previousError: "reused" }).prompt).toMatch(/^That code was already used; wait for the next one\. Enter/);
  });
});

describe(formatDeviceName.name, () => {
  it("shortens a virtual device ARN and keeps a hardware serial", () => {
    expect(formatDeviceName("arn:aws:iam::123456789012:mfa/path/alice")).toBe("path/alice (123456789012)");
    expect(formatDeviceName("GAHT12345678")).toBe("GAHT12345678");
  });
});
