// `configure` on a hand-written config full of comments, odd spacing, [sso-session] and [services]
// sections: only the lines it must add appear, everything else survives byte for byte.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMfaWorld, type MfaWorld } from "./support/mfaWorld.js";

const serial = "arn:aws:iam::123456789012:mfa/alice";
const original = [
  "# ~/.aws/config — hand written; DO NOT reformat",
  ";; semicolon comment",
  "[default]",
  "region=eu-west-1   ; trailing comment",
  "output =   json",
  "",
  "",
  "[profile   work ]",
  "\t# tab-indented comment",
  "mfa_serial=arn:aws:iam::123456789012:mfa/work",
  "s3 =",
  "    max_concurrent_requests = 20",
  "    signature_version=s3v4",
  "# trailing comment of work",
  "",
  "[sso-session corp]",
  "sso_start_url = https://corp.awsapps.com/start",
  "sso_region=us-east-1",
  "sso_registration_scopes = sso:account:access",
  "",
  "[profile sso-dev]",
  "sso_session = corp",
  "sso_account_id = 111122223333",
  "sso_role_name = Dev",
  "services = local",
  "",
  "[services local]",
  "sts =",
  "  endpoint_url = http://127.0.0.1:4566",
  "iam =",
  "  endpoint_url = http://127.0.0.1:4566",
  "",
  "[profile keys]",
  "region = us-east-1",
  "   ",
].join("\n");
const credentials = "[keys]\naws_access_key_id = AKIAEXAMPLEEXAMPLE01\naws_secret_access_key = secretsecretsecretsecretsecretsecret0001\n[static]\naws_access_key_id = AKIAEXAMPLEEXAMPLE02\naws_secret_access_key = x\n";

let world: MfaWorld;
beforeAll(async () => {
  world = await startMfaWorld();
  world.secrets.values.add("secretsecretsecretsecretsecretsecret0001");
});
afterEach(async () => {
  await world.assertClean();
});
afterAll(async () => {
  await world?.stop();
});
beforeEach(() => {
  rmSync(`${world.configFile}.mfa-session.bak`, { force: true });
  writeFileSync(world.configFile, original);
  writeFileSync(world.credentialsFile, credentials, { mode: 0o600 });
});

describe("configure", () => {
  it("appends a new profile and changes no other byte", async () => {
    const result = await world.cli(["configure", "--profile", "dev", "--source-profile", "keys", "--mfa-serial", serial, "--command", "mfa-session"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const after = readFileSync(world.configFile, "utf8");
    expect(after).toBe(
      `${original}\n[profile dev]\nmfa_session_source_profile = keys\nmfa_serial = ${serial}\ncredential_process = mfa-session credential-process --profile dev\n`,
    );
    expect(readFileSync(`${world.configFile}.mfa-session.bak`, "utf8")).toBe(original);
  });

  it("adds only the missing keys to an existing profile, right after its last setting, keeping its mfa_serial", async () => {
    const result = await world.cli(["configure", "--profile", "work", "--source-profile", "keys", "--mfa-serial", serial, "--command", "mfa-session"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("already has mfa_serial");
    const after = readFileSync(world.configFile, "utf8");
    const added = "mfa_session_source_profile = keys\ncredential_process = mfa-session credential-process --profile work\n";
    expect(after).toBe(original.replace("    signature_version=s3v4\n", `    signature_version=s3v4\n${added}`));
  });

  it("shows a diff on --dry-run and leaves the file untouched", async () => {
    const result = await world.cli(["configure", "--profile", "dev", "--source-profile", "keys", "--mfa-serial", serial, "--command", "mfa-session", "--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("+[profile dev]\n+mfa_session_source_profile = keys\n");
    expect(result.stdout).toContain("+credential_process = mfa-session credential-process --profile dev\n");
    expect(result.stdout.split("\n").filter((line) => line.startsWith("-") && !line.startsWith("---"))).toEqual([]);
    expect(readFileSync(world.configFile, "utf8")).toBe(original);
    expect(existsSync(`${world.configFile}.mfa-session.bak`)).toBe(false);
  });

  it("never writes credential_process into a profile with static keys", async () => {
    const result = await world.cli(["configure", "--profile", "static", "--source-profile", "keys", "--mfa-serial", serial]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Profile static holds static keys");
    expect(readFileSync(world.configFile, "utf8")).toBe(original);
  });

  it("refuses a source profile that is the profile itself", async () => {
    const result = await world.cli(["configure", "--profile", "keys", "--source-profile", "keys", "--mfa-serial", serial]);
    expect(result.code).toBe(1);
    expect(readFileSync(world.configFile, "utf8")).toBe(original);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const args = ["configure", "--profile", "dev", "--source-profile", "keys", "--mfa-serial", serial, "--command", "mfa-session"];
    await world.cli(args);
    const once = readFileSync(world.configFile, "utf8");
    const again = await world.cli(args);
    expect(again.stdout).toContain("already up to date");
    expect(readFileSync(world.configFile, "utf8")).toBe(once);
  });
});
