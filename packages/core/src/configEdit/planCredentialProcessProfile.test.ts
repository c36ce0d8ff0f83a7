import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/errors.js";
import { configSectionName, isMfaSerial, isRegionName, planCredentialProcessProfile } from "./planCredentialProcessProfile.js";

const serial = "arn:aws:iam::123456789012:mfa/alice";
const keys = "[dev-keys]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = s\n";
const request = {
  profile: "dev", sourceProfile: "dev-keys", mfaSerial: serial,
  credentialProcess: "mfa-session credential-process --profile dev",
};

describe(planCredentialProcessProfile.name, () => {
  it("writes our own source and role keys, never source_profile or role_arn", () => {
    const plan = planCredentialProcessProfile("", keys, { ...request, roleArn: "arn:aws:iam::123456789012:role/Admin" });
    expect(plan.edits[0]!.section).toBe("profile dev");
    expect(plan.edits[0]!.set.map(({ key }) => key)).toEqual(["mfa_session_source_profile", "mfa_serial", "mfa_session_role_arn", "credential_process"]);
    expect(plan.warnings).toEqual([]);
  });

  it("writes the region asked for, and refuses one that is not a region's name", () => {
    const plan = planCredentialProcessProfile("", keys, { ...request, region: "eu-west-1" });
    expect(plan.edits[0]!.set).toContainEqual({ key: "region", value: "eu-west-1" });
    expect(() => planCredentialProcessProfile("", keys, { ...request, region: "eu west 1" })).toThrow(UsageError);
    expect(["us-east-1", "eu-central-2", "us-gov-west-1"].every(isRegionName)).toBe(true);
    expect(["us-east", "EU-WEST-1", "eu west 1", ""].some(isRegionName)).toBe(false);
  });

  it("tells an MFA device's ARN or a hardware serial number from anything else (isMfaSerial)", () => {
    expect(isMfaSerial(serial)).toBe(true);
    expect(isMfaSerial("GAHT12345678")).toBe(true);
    expect(isMfaSerial("arn:aws:iam::123456789012:role/Admin")).toBe(false);
    expect(isMfaSerial("nope")).toBe(false);
  });

  it("uses [default] for the default profile", () => {
    expect(planCredentialProcessProfile("", keys, { ...request, profile: "default" }).edits[0]!.section).toBe("default");
  });

  it("refuses a profile with static keys in the credentials file", () => {
    expect(() => planCredentialProcessProfile("", `${keys}[dev]\naws_access_key_id = A\n`, request)).toThrow(expect.objectContaining({ code: "CONFIG_INVALID" }));
  });

  it("refuses a profile that the SDKs would treat as an assume-role profile", () => {
    expect(() => planCredentialProcessProfile("[profile dev]\nrole_arn = arn:aws:iam::1:role/x\n", keys, request)).toThrow(/role_arn or source_profile/);
  });

  it("refuses to replace someone else's credential_process without force", () => {
    const config = "[profile dev]\ncredential_process = aws-vault exec dev --json\n";
    expect(() => planCredentialProcessProfile(config, keys, request)).toThrow(expect.objectContaining({
      code: "CONFIG_INVALID", hint: { kind: "replace-credential-process", profile: "dev" }, message: expect.not.stringMatching(/--/),
    }));
    expect(planCredentialProcessProfile(config, keys, { ...request, force: true }).edits).toHaveLength(1);
  });

  it("replaces its own credential_process for the same profile without force", () => {
    const config = "[profile dev]\ncredential_process = /opt/mfa-session credential-process --profile dev\n";
    expect(planCredentialProcessProfile(config, keys, request).edits).toHaveLength(1);
  });

  it("refuses a profile that is its own source", () => {
    expect(() => planCredentialProcessProfile("", keys, { ...request, sourceProfile: "dev" })).toThrow(expect.objectContaining({ code: "CREDENTIAL_PROCESS_RECURSION" }));
  });

  it("refuses a source profile whose credentials come from mfa-session", () => {
    const config = "[profile other]\ncredential_process = mfa-session credential-process --profile other\n";
    expect(() => planCredentialProcessProfile(config, keys, { ...request, sourceProfile: "other" })).toThrow(expect.objectContaining({ code: "CREDENTIAL_PROCESS_RECURSION" }));
  });

  it("refuses a source profile found in neither file", () => {
    expect(() => planCredentialProcessProfile("", keys, { ...request, sourceProfile: "nobody" })).toThrow(/found in neither/);
  });

  it("warns when the source profile has no access keys yet", () => {
    expect(planCredentialProcessProfile("[profile dev-keys]\nregion = eu-west-1\n", "", request).warnings).toEqual([
      expect.stringContaining("Profile dev-keys has no aws_access_key_id"),
    ]);
  });

  it("needs an MFA device from the request or the profiles, and says how to give one", () => {
    const { mfaSerial: _omit, ...withoutSerial } = request;
    expect(() => planCredentialProcessProfile("", keys, withoutSerial)).toThrow(UsageError);
    expect(() => planCredentialProcessProfile("", keys, withoutSerial)).toThrow(expect.objectContaining({
      hint: { kind: "give-mfa-serial", profile: "dev" }, message: "Profile dev has no mfa_serial, and neither has its source profile dev-keys: give the ARN of your MFA device, or set one up first.",
    }));
    expect(planCredentialProcessProfile(`[profile dev-keys]\nmfa_serial = ${serial}\n`, keys, withoutSerial).edits[0]!.set.map(({ key }) => key)).not.toContain("mfa_serial");
  });

  it("keeps an existing mfa_serial with a warning, or replaces it when asked", () => {
    const config = "[profile dev]\nmfa_serial = arn:aws:iam::123456789012:mfa/old\n";
    const kept = planCredentialProcessProfile(config, keys, request);
    expect(kept.edits[0]!.set).toContainEqual({ key: "mfa_serial", value: serial, onlyIfMissing: true });
    expect(kept.warnings).toEqual([expect.stringContaining("already has mfa_serial")]);
    const replaced = planCredentialProcessProfile(config, keys, { ...request, replaceMfaSerial: true });
    expect(replaced.edits[0]!.set).toContainEqual({ key: "mfa_serial", value: serial });
    expect(replaced.warnings).toEqual([]);
  });

  it("rejects names that would put shell syntax in the command line, and malformed ARNs", () => {
    expect(() => planCredentialProcessProfile("", keys, { ...request, profile: "dev;rm" })).toThrow(UsageError);
    expect(() => planCredentialProcessProfile("", keys, { ...request, mfaSerial: "nope" })).toThrow(UsageError);
    expect(() => planCredentialProcessProfile("", keys, { ...request, roleArn: "admin" })).toThrow(UsageError);
  });
});

describe(configSectionName.name, () => {
  it("names [default] and [profile NAME]", () => {
    expect(configSectionName("default")).toBe("default");
    expect(configSectionName("dev")).toBe("profile dev");
  });

  it("quotes a name that botocore would split or unquote, so the header reads back as that name", () => {
    expect(configSectionName("my dev")).toBe('profile "my dev"');
    expect(configSectionName('a"b\\c')).toBe('profile "a\\"b\\\\c"');
    expect(configSectionName("it's")).toBe('profile "it\'s"');
  });
});
