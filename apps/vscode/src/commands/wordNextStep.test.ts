import type { ErrorHint } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { getNextStepActions, wordNextStep } from "./wordNextStep.js";

const hints: ErrorHint[] = [
  { kind: "device-name-taken" }, { kind: "device-already-enabled", serialNumber: "arn:x" }, { kind: "device-still-enabled" },
  { kind: "device-not-found" }, { kind: "device-quota" }, { kind: "remove-device", serialNumber: "arn:x" }, { kind: "not-an-iam-user" },
  { kind: "replace-credential-process", profile: "dev" }, { kind: "give-mfa-serial", profile: "dev" }, { kind: "unsafe-command-word", word: '"' },
  { kind: "fresh-code", profile: "dev" }, { kind: "no-code-source", profile: "dev" },
  { kind: "add-mfa-serial", profile: "dev", sourceProfile: "dev-keys" }, { kind: "configure-profile" }, { kind: "add-access-keys" },
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

  it("words the new hints: configure a profile, add access keys", () => {
    expect(wordNextStep({ kind: "configure-profile" })).toContain('"MFA Session: Configure Profile"');
    expect(wordNextStep({ kind: "add-access-keys" })).toContain("aws configure");
  });
});

describe(getNextStepActions.name, () => {
  it("gives each fixable hint a button that does it: a command, a setting, or a command line typed into a terminal (not run)", () => {
    expect(getNextStepActions({ kind: "configure-profile" })).toEqual([{ title: "Configure Profile", command: "mfaSession.configureProfile" }]);
    expect(getNextStepActions({ kind: "add-mfa-serial", profile: "dev", sourceProfile: "dev-keys" }).map((action) => action.title)).toEqual(["Set Up Device", "Configure Profile"]);
    expect(getNextStepActions({ kind: "install-cli" })).toEqual([
      { title: "Install in Terminal", terminal: "npm install --global mfa-session" },
      { title: "Set CLI Path", command: "workbench.action.openSettings", args: ["mfaSession.cliPath"] },
    ]);
    expect(getNextStepActions({ kind: "add-access-keys" })).toEqual([{ title: "Add Keys in Terminal", terminal: "aws configure --profile " }]);
    expect(getNextStepActions({ kind: "no-code-source", profile: "dev" })).toEqual([{ title: "Sign In", command: "mfaSession.signIn", args: ["dev"] }]);
    expect(getNextStepActions({ kind: "fresh-code", profile: "dev" })).toEqual([]);
  });
});
