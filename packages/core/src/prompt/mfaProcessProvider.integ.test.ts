import { describe, expect, it } from "vitest";
import { createMfaProcessProvider } from "./mfaProcessProvider.js";

describe(createMfaProcessProvider.name, () => {
  it("runs the real shell command through runShellCommand by default", async () => {
    const provider = createMfaProcessProvider({ command: "printf '%s\\n' 246810", env: { PATH: process.env.PATH } });
    expect(await provider({ profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/a", reason: "test", attempt: 1 })).toBe("246810");
  });
});
