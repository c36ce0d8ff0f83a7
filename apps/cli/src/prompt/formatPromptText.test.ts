import { describe, expect, it } from "vitest";
import { formatPromptText, formatRetryNotice } from "./formatPromptText.js";

describe(formatPromptText.name, () => {
  it("names the profile and the device", () => {
    expect(formatPromptText({ profile: "dev", mfaSerial: "arn:aws:iam::1:mfa/alice" })).toBe("MFA code for dev (arn:aws:iam::1:mfa/alice):");
  });
});

describe(formatRetryNotice.name, () => {
  it("says nothing on the first ask", () => {
    expect(formatRetryNotice({ attempt: 1 })).toBeUndefined();
  });

  it("says the code was incorrect after a refused code", () => {
    expect(formatRetryNotice({ attempt: 2, previousError: "invalid" })).toBe("code was incorrect, try again");
  });

  it("asks to wait for the next code after a reused one", () => {
    expect(formatRetryNotice({ attempt: 2, previousError: "reused" })).toMatch(/wait for the next code/);
  });
});
