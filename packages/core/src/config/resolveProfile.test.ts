import { describe, expect, it } from "vitest";
import { ProfileCycleError, ProfileNotFoundError } from "../errors/errors.js";
import { parseSharedConfig } from "./parseSharedConfig.js";
import { resolveProfile } from "./resolveProfile.js";

const ROLE = "arn:aws:iam::123456789012:role/Admin";
const MFA = "arn:aws:iam::111111111111:mfa/alice";
const KEYS = "aws_access_key_id = AKIDBASE\naws_secret_access_key = base-secret\n";

function config(configText: string, credentialsText = "") {
  return parseSharedConfig({ configText, credentialsText, configFile: "/h/.aws/config", credentialsFile: "/h/.aws/credentials" });
}

function resolve(name: string, configText: string, credentialsText = "", env: Record<string, string> = {}) {
  return resolveProfile(name, config(configText, credentialsText), { env });
}

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

describe(resolveProfile.name, () => {
  it("uses a profile with long-term keys and no role as its own source", () => {
    const resolved = resolve("base", `[profile base]\nmfa_serial = ${MFA}\n`, `[base]\n${KEYS}`);
    expect(resolved).toMatchObject({
      name: "base",
      sourceProfile: "base",
      chain: ["base"],
      source: { kind: "static", profile: "base", credentials: { accessKeyId: "AKIDBASE", secretAccessKey: "base-secret" } },
      mfaSerial: MFA,
      sessionDurationSeconds: 43200,
      region: "us-east-1",
      endpoints: {},
    });
    expect(resolved.role).toBeUndefined();
  });

  it("assumes the asked profile's role from its source_profile's keys", () => {
    const resolved = resolve(
      "work",
      `[profile work]\nrole_arn = ${ROLE}\nsource_profile = base\nexternal_id = ext-1\nrole_session_name = alice\nduration_seconds = 3600\nregion = eu-west-1\n[profile base]\nmfa_serial = ${MFA}\n`,
      `[base]\n${KEYS}`,
    );
    expect(resolved.chain).toEqual(["work", "base"]);
    expect(resolved.sourceProfile).toBe("base");
    expect(resolved.source).toMatchObject({ kind: "static", profile: "base" });
    expect(resolved.role).toEqual({ roleArn: ROLE, externalId: "ext-1", roleSessionName: "alice", durationSeconds: 3600, assumeDirectly: false });
    expect(resolved.mfaSerial).toBe(MFA);
    expect(resolved.region).toBe("eu-west-1");
  });

  it("takes mfa_serial from the asked profile before the chain", () => {
    const resolved = resolve(
      "work",
      `[profile work]\nrole_arn = ${ROLE}\nsource_profile = base\nmfa_serial = arn:aws:iam::111111111111:mfa/work\n[profile base]\nmfa_serial = ${MFA}\n`,
      `[base]\n${KEYS}`,
    );
    expect(resolved.mfaSerial).toBe("arn:aws:iam::111111111111:mfa/work");
  });

  it("follows a longer chain through a profile without a role (aws-vault style)", () => {
    const resolved = resolve(
      "admin",
      `[profile admin]\nsource_profile = mfa\n[profile mfa]\nsource_profile = base\nmfa_serial = ${MFA}\nmfa_session_duration_seconds = 3600\n`,
      `[base]\n${KEYS}`,
    );
    expect(resolved.chain).toEqual(["admin", "mfa", "base"]);
    expect(resolved.mfaSerial).toBe(MFA);
    expect(resolved.sessionDurationSeconds).toBe(3600);
    expect(resolved.role).toBeUndefined();
  });

  it("skips the asked profile's own mfa-session credential_process and follows source_profile", () => {
    const resolved = resolve(
      "dev",
      `[profile dev]\ncredential_process = mfa-session credential-process --profile dev\nsource_profile = base\nmfa_serial = ${MFA}\n`,
      `[base]\n${KEYS}`,
    );
    expect(resolved.sourceProfile).toBe("base");
  });

  it("reads mfa_session_source_profile and mfa_session_role_arn, which other SDKs ignore", () => {
    const resolved = resolve(
      "dev",
      `[profile dev]\ncredential_process = mfa-session credential-process --profile dev\nmfa_session_source_profile = base\nmfa_session_role_arn = ${ROLE}\nmfa_serial = ${MFA}\n`,
      `[base]\n${KEYS}`,
    );
    expect(resolved.chain).toEqual(["dev", "base"]);
    expect(resolved.role?.roleArn).toBe(ROLE);
  });

  it("prefers the standard source_profile and role_arn over mfa-session's spellings", () => {
    const resolved = resolve(
      "dev",
      `[profile dev]\nsource_profile = base\nmfa_session_source_profile = other\nrole_arn = ${ROLE}\nmfa_session_role_arn = ${ROLE}-other\n`,
      `[base]\n${KEYS}`,
    );
    expect(resolved.sourceProfile).toBe("base");
    expect(resolved.role?.roleArn).toBe(ROLE);
  });

  it("allows a role profile to name itself as source_profile when it holds the keys", () => {
    const resolved = resolve("self", `[profile self]\nrole_arn = ${ROLE}\nsource_profile = self\n`, `[self]\n${KEYS}`);
    expect(resolved.sourceProfile).toBe("self");
    expect(resolved.role?.roleArn).toBe(ROLE);
  });

  it("names the file holding the asked profile's static keys when a credential_process sits beside them", () => {
    const beside = "[profile both]\ncredential_process = mfa-session credential-process --profile both\nmfa_serial = " + MFA + "\n";
    expect(resolve("both", beside, `[both]\n${KEYS}`).staticKeysBesideCredentialProcess).toBe("/h/.aws/credentials");
    expect(resolve("both", beside + KEYS).staticKeysBesideCredentialProcess).toBe("/h/.aws/config");
    // Own keys and mfa_serial without credential_process (the aws-vault habit), or keys in the source profile only: nothing to say.
    expect(resolve("base", `[profile base]\nmfa_serial = ${MFA}\n`, `[base]\n${KEYS}`).staticKeysBesideCredentialProcess).toBeUndefined();
    expect(resolve("dev", `[profile dev]\ncredential_process = mfa-session credential-process --profile dev\nmfa_session_source_profile = base\nmfa_serial = ${MFA}\n`, `[base]\n${KEYS}`).staticKeysBesideCredentialProcess).toBeUndefined();
  });

  it("uses a source profile's own credential_process as a process source", () => {
    const resolved = resolve(
      "work",
      `[profile work]\nrole_arn = ${ROLE}\nsource_profile = vault\n[profile vault]\ncredential_process = aws-vault exec base --json\n`,
    );
    expect(resolved.source).toEqual({ kind: "process", profile: "vault", command: "aws-vault exec base --json" });
  });

  it("refuses a source credential_process that runs mfa-session itself", () => {
    const error = thrown(() =>
      resolve("work", `[profile work]\nrole_arn = ${ROLE}\nsource_profile = loop\n[profile loop]\ncredential_process = /usr/local/bin/mfa-session credential-process --profile work\n`),
    );
    expect(error).toMatchObject({ code: "CREDENTIAL_PROCESS_RECURSION" });
    expect(error.message).toContain("source profile loop");
    expect(error.message).toContain("long-term keys");
  });

  it("refuses an asked profile whose only source is an mfa-session credential_process", () => {
    const error = thrown(() => resolve("dev", "[profile dev]\ncredential_process = npx mfa-session credential-process --profile dev\n"));
    expect(error).toMatchObject({ code: "CREDENTIAL_PROCESS_RECURSION" });
    expect(error.message).toContain("source_profile");
  });

  it("names the loop when source_profile links form a cycle", () => {
    const error = thrown(() =>
      resolve("a", `[profile a]\nrole_arn = ${ROLE}\nsource_profile = b\n[profile b]\nsource_profile = c\n[profile c]\nsource_profile = b\n`),
    );
    expect(error).toBeInstanceOf(ProfileCycleError);
    expect((error as ProfileCycleError).chain).toEqual(["a", "b", "c", "b"]);
    expect(error.message).toMatch(/^Profile a: source_profile chain loops a -> b -> c -> b; /);
  });

  it("calls a role profile that names itself without keys a cycle", () => {
    const error = thrown(() => resolve("a", `[profile a]\nrole_arn = ${ROLE}\nsource_profile = a\n`));
    expect(error).toBeInstanceOf(ProfileCycleError);
    expect(error.message).toContain("a -> a");
  });

  it("says how to create an unknown profile and lists the known ones", () => {
    const error = thrown(() => resolve("nope", "[profile work]\nregion = x\n"));
    expect(error).toBeInstanceOf(ProfileNotFoundError);
    expect((error as ProfileNotFoundError).profile).toBe("nope");
    expect(error.message).toContain("/h/.aws/config");
    expect(error.message).toContain("aws configure --profile nope");
    expect(error.message).toContain("known profiles: work");
  });

  it("reports a source_profile that does not exist", () => {
    const error = thrown(() => resolve("work", `[profile work]\nrole_arn = ${ROLE}\nsource_profile = gone\n`));
    expect(error).toBeInstanceOf(ProfileNotFoundError);
    expect(error.message).toContain("source_profile gone");
  });

  it("names the profile and what to add when no credentials exist anywhere", () => {
    const error = thrown(() => resolve("work", `[profile work]\nrole_arn = ${ROLE}\nsource_profile = base\n[profile base]\nregion = x\n`));
    expect(error).toMatchObject({ code: "CREDENTIALS_MISSING" });
    expect(error.message).toContain("profile base");
    expect(error.message).toContain("aws_access_key_id");
  });

  it("refuses half a key pair without echoing the key", () => {
    const error = thrown(() => resolve("base", "", "[base]\naws_access_key_id = AKIDHALF\n"));
    expect(error).toMatchObject({ code: "CONFIG_INVALID" });
    expect(error.message).toContain("aws_secret_access_key is missing");
    expect(error.message).not.toContain("AKIDHALF");
  });

  it("refuses a chain that needs two roles", () => {
    const error = thrown(() =>
      resolve("a", `[profile a]\nrole_arn = ${ROLE}\nsource_profile = b\n[profile b]\nrole_arn = ${ROLE}2\nsource_profile = c\n`, `[c]\n${KEYS}`),
    );
    expect(error).toMatchObject({ code: "CONFIG_INVALID" });
    expect(error.message).toContain("second role");
  });

  it("requires source_profile next to role_arn", () => {
    expect(() => resolve("a", `[profile a]\nrole_arn = ${ROLE}\n`)).toThrow(/needs a source_profile/);
    expect(() => resolve("a", `[profile a]\nrole_arn = ${ROLE}\ncredential_source = Ec2InstanceMetadata\n`)).toThrow(/credential_source is not supported/);
  });

  it.each([
    ["mfa_session_duration_seconds = 899", /mfa_session_duration_seconds must be a whole number of seconds from 900 to 129600/],
    ["mfa_session_duration_seconds = 129601", /from 900 to 129600/],
    ["mfa_session_duration_seconds = 12h", /from 900 to 129600/],
    ["duration_seconds = 60", /duration_seconds must be a whole number of seconds from 900 to 43200/],
    ["mfa_session_assume_role_directly = yes", /must be true or false/],
    ["role_session_name = has space", /role_session_name/],
  ])("rejects %s with a clear CONFIG_INVALID error", (line, message) => {
    const error = thrown(() => resolve("work", `[profile work]\nrole_arn = ${ROLE}\nsource_profile = base\n${line}\n`, `[base]\n${KEYS}`));
    expect(error).toMatchObject({ code: "CONFIG_INVALID" });
    expect(error.message).toMatch(message);
    expect(error.message).toContain("Profile work");
  });

  it("reads mfa_session_assume_role_directly and mfa_process", () => {
    const resolved = resolve(
      "work",
      `[profile work]\nrole_arn = ${ROLE}\nsource_profile = base\nmfa_session_assume_role_directly = TRUE\nmfa_process = oathtool --totp -b @seed\n`,
      `[base]\n${KEYS}`,
    );
    expect(resolved.role?.assumeDirectly).toBe(true);
    expect(resolved.mfaProcess).toBe("oathtool --totp -b @seed");
  });

  it("takes the region from the profile, then AWS_REGION, then AWS_DEFAULT_REGION, then us-east-1", () => {
    const text = "[profile r]\nregion = ap-south-1\n[profile n]\n";
    const credentials = `[r]\n${KEYS}[n]\n${KEYS}`;
    expect(resolve("r", text, credentials, { AWS_REGION: "eu-west-1" }).region).toBe("ap-south-1");
    expect(resolve("n", text, credentials, { AWS_REGION: "eu-west-1", AWS_DEFAULT_REGION: "eu-west-2" }).region).toBe("eu-west-1");
    expect(resolve("n", text, credentials, { AWS_DEFAULT_REGION: "eu-west-2" }).region).toBe("eu-west-2");
    expect(resolve("n", text, credentials).region).toBe("us-east-1");
  });

  it("fills endpoints from the profile's services section", () => {
    const resolved = resolve(
      "local",
      "[profile local]\nservices = sandbox\nendpoint_url = http://127.0.0.1:9000\n[services sandbox]\nsts =\n  endpoint_url = http://127.0.0.1:9001\n",
      `[local]\n${KEYS}`,
    );
    expect(resolved.endpoints).toEqual({ sts: "http://127.0.0.1:9001", iam: "http://127.0.0.1:9000", ec2: "http://127.0.0.1:9000" });
  });

  it("keeps session tokens of static source keys", () => {
    const resolved = resolve("t", "", `[t]\n${KEYS}aws_session_token = tok\n`);
    expect(resolved.source).toMatchObject({ credentials: { sessionToken: "tok" } });
  });
});
