import type { ErrorHint } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { wordNextStep } from "./wordNextStep.js";

const hints: ErrorHint[] = [
  { kind: "device-name-taken" }, { kind: "device-already-enabled", serialNumber: "arn:x" }, { kind: "device-still-enabled" },
  { kind: "device-not-found" }, { kind: "device-quota" }, { kind: "remove-device", serialNumber: "arn:x" }, { kind: "not-an-iam-user" },
  { kind: "replace-credential-process", profile: "dev" }, { kind: "give-mfa-serial", profile: "dev" }, { kind: "unsafe-command-word", word: '"' },
  { kind: "fresh-code", profile: "dev" }, { kind: "no-code-source", profile: "dev" },
  { kind: "add-mfa-serial", profile: "dev", sourceProfile: "dev-keys" },
];

describe(wordNextStep.name, () => {
  it("names VS Code commands and settings, never a CLI flag or command", () => {
    const words = hints.map(wordNextStep).filter((step): step is string => step !== undefined);
    expect(words.length).toBeGreaterThanOrEqual(8);
    for (const step of words) expect(step).not.toMatch(/--|`mfa-session|mfa-session device/);
    expect(wordNextStep({ kind: "give-mfa-serial", profile: "dev" })).toContain('"MFA Session: Set Up Virtual MFA Device"');
    expect(wordNextStep({ kind: "unsafe-command-word", word: '"' })).toContain("mfaSession.cliPath");
    expect(wordNextStep({ kind: "no-code-source", profile: "dev" })).toContain('"MFA Session: Sign In"');
    expect(wordNextStep({ kind: "add-mfa-serial", profile: "dev", sourceProfile: "dev-keys" })).toContain('"MFA Session: Set Up Virtual MFA Device"');
  });

  it("leaves to core's neutral words what the extension never offers (forcing a foreign credential_process, fixed codes)", () => {
    expect(wordNextStep({ kind: "replace-credential-process", profile: "dev" })).toBeUndefined();
    expect(wordNextStep({ kind: "fresh-code", profile: "dev" })).toBeUndefined();
  });
});
