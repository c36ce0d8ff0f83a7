import { ConfigError, CredentialProcessRecursionError, UsageError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { formatCliCommand, planProfileEdit } from "./planProfileEdit.js";

const credentials = "[alice-keys]\naws_access_key_id = AKIAEXAMPLEEXAMPLE12\naws_secret_access_key = x\n";
const serial = "arn:aws:iam::123456789012:mfa/alice";

describe(planProfileEdit.name, () => {
  it("writes the mfa-session keys and a credential_process line for the profile", () => {
    expect(planProfileEdit("", credentials, { profile: "work", sourceProfile: "alice-keys", mfaSerial: serial }, "mfa-session")).toEqual([
      {
        section: "profile work",
        set: [
          { key: "mfa_session_source_profile", value: "alice-keys" },
          { key: "mfa_serial", value: serial },
          { key: "credential_process", value: "mfa-session credential-process --profile work" },
        ],
      },
    ]);
  });

  it("refuses a profile holding keys, a profile that is its own source, and a source that is mfa-session itself", () => {
    expect(() => planProfileEdit("", credentials, { profile: "alice-keys", sourceProfile: "other", mfaSerial: serial }, "m")).toThrow(ConfigError);
    expect(() => planProfileEdit("", credentials, { profile: "a", sourceProfile: "a", mfaSerial: serial }, "m")).toThrow(CredentialProcessRecursionError);
    const config = "[profile loop]\ncredential_process = mfa-session credential-process --profile loop\n";
    expect(() => planProfileEdit(config, credentials, { profile: "work", sourceProfile: "loop", mfaSerial: serial }, "m")).toThrow(CredentialProcessRecursionError);
  });

  it("asks for a device when neither profile has one, and checks ARNs", () => {
    expect(() => planProfileEdit("", credentials, { profile: "work", sourceProfile: "alice-keys" }, "m")).toThrow(UsageError);
    expect(() => planProfileEdit("", credentials, { profile: "work", sourceProfile: "alice-keys", mfaSerial: "nope" }, "m")).toThrow(UsageError);
    expect(() => planProfileEdit("", credentials, { profile: "work", sourceProfile: "alice-keys", mfaSerial: serial, roleArn: "admin" }, "m")).toThrow(UsageError);
  });
});

describe(formatCliCommand.name, () => {
  it("runs a .js CLI with node, quotes paths with spaces, and defaults to mfa-session on PATH", () => {
    expect(formatCliCommand(undefined)).toBe("mfa-session");
    expect(formatCliCommand("/opt/cli/mfa-session.js")).toBe("node /opt/cli/mfa-session.js");
    expect(formatCliCommand("/my tools/mfa-session")).toBe('"/my tools/mfa-session"');
  });
});
