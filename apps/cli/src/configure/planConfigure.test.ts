import { ConfigError, CredentialProcessRecursionError, UsageError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { isMfaSessionCommand, planConfigure } from "./planConfigure.js";

const serial = "arn:aws:iam::123456789012:mfa/alice";
const keys = "[dev-keys]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = s\n";
const request = { profile: "dev", sourceProfile: "dev-keys", mfaSerial: serial, credentialProcess: "mfa-session credential-process --profile dev" };

describe(planConfigure.name, () => {
  it("writes our own source and role keys, never source_profile or role_arn", () => {
    const plan = planConfigure("", keys, { ...request, roleArn: "arn:aws:iam::123456789012:role/Admin" });
    expect(plan.edits[0]!.section).toBe("profile dev");
    expect(plan.edits[0]!.set.map(({ key }) => key)).toEqual(["mfa_session_source_profile", "mfa_serial", "mfa_session_role_arn", "credential_process"]);
  });

  it("uses [default] for the default profile", () => {
    expect(planConfigure("", keys, { ...request, profile: "default" }).edits[0]!.section).toBe("default");
  });

  it("refuses a profile with static keys in the credentials file", () => {
    expect(() => planConfigure("", `${keys}[dev]\naws_access_key_id = A\n`, request)).toThrow(ConfigError);
  });

  it("refuses a profile that the SDKs would treat as an assume-role profile", () => {
    expect(() => planConfigure("[profile dev]\nrole_arn = arn:aws:iam::1:role/x\n", keys, request)).toThrow(/role_arn or source_profile/);
  });

  it("refuses to replace someone else's credential_process without --force", () => {
    const config = "[profile dev]\ncredential_process = aws-vault exec dev --json\n";
    expect(() => planConfigure(config, keys, request)).toThrow(/--force/);
    expect(planConfigure(config, keys, { ...request, force: true }).edits).toHaveLength(1);
  });

  it("refuses a source profile whose credentials come from mfa-session", () => {
    const config = "[profile other]\ncredential_process = mfa-session credential-process --profile other\n";
    expect(() => planConfigure(config, keys, { ...request, sourceProfile: "other" })).toThrow(CredentialProcessRecursionError);
  });

  it("needs an MFA device from the flag or the profiles", () => {
    const { mfaSerial: _omit, ...withoutSerial } = request;
    expect(() => planConfigure("", keys, withoutSerial)).toThrow(UsageError);
    expect(planConfigure(`[profile dev-keys]\nmfa_serial = ${serial}\n`, keys, withoutSerial).edits[0]!.set.map(({ key }) => key)).not.toContain("mfa_serial");
  });

  it("rejects names that would put shell syntax in the command line", () => {
    expect(() => planConfigure("", keys, { ...request, profile: "dev;rm" })).toThrow(UsageError);
  });
});

describe(isMfaSessionCommand.name, () => {
  it.each([
    ["mfa-session credential-process --profile a", true],
    ["/usr/bin/node /opt/mfa-session/dist/mfa-session.js credential-process --profile a", true],
    ['"C:\\Program Files\\nodejs\\node.exe" C:\\x\\mfa-session.js credential-process --profile a', true],
    ["aws-vault exec a --json", false],
  ])("%s -> %s", (line, expected) => {
    expect(isMfaSessionCommand(line)).toBe(expected);
  });
});
