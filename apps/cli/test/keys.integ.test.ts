// `mfa-session keys` against a real Secret Service (gnome-keyring on a private D-Bus, started by the
// test; secret-tool is the oracle of what was stored) and the sandbox: keys move out of the
// credentials file, a cache miss signs in with keys that are only in the keychain, a cache hit works
// with the Secret Service stopped, and no key or secret shows in any output.
import { existsSync, readFileSync } from "node:fs";
import { startSecretService, type SecretService } from "@mfa-session/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSecret, assertNoSecrets } from "./support/assertNoSecrets.js";
import { configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
let user: MfaUser;
let service: SecretService;
let keys: { accessKeyId: string; secretAccessKey: string };

/** Every keys command's stdout and stderr, scanned for secrets at the end (the world scans stderr of all runs). */
const outputs: Array<{ where: string; text: string }> = [];
async function cli(args: string[], input?: string) {
  const result = await world.cli(args, input === undefined ? {} : { input });
  // credential-process's stdout is the credentials JSON by contract; every other output is scanned.
  if (args[0] !== "credential-process") outputs.push({ where: `stdout of ${args.join(" ")}`, text: result.stdout });
  outputs.push({ where: `stderr of ${args.join(" ")}`, text: result.stderr });
  return result;
}

beforeAll(async () => {
  world = await startMfaWorld();
  service = await startSecretService({ home: world.home });
  Object.assign(world.env, service.env);
  user = await world.addUser("kim");
  await configureProfile(world, user, "kim", { mfaProcess: true });
  const text = readFileSync(world.credentialsFile, "utf8");
  keys = {
    accessKeyId: /aws_access_key_id = (\S+)/.exec(text)![1]!,
    secretAccessKey: /aws_secret_access_key = (\S+)/.exec(text)![1]!,
  };
});

afterAll(async () => {
  await service?.stop();
  for (const { where, text } of outputs) assertNoSecrets(text, world.secrets, where);
  await world?.assertClean(["kim"]);
  await world?.stop();
});

describe("mfa-session keys", () => {
  it("import moves the keys into the keychain, removes only their lines (backup kept) and records the setting", async () => {
    const before = readFileSync(world.credentialsFile, "utf8");
    const result = await cli(["keys", "import", "--profile", user.sourceProfile]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`Profile ${user.sourceProfile}: keys moved into the OS keychain`);
    expect(JSON.parse(service.lookup("mfa-session", user.sourceProfile) ?? "null")).toEqual({ Version: 1, AccessKeyId: keys.accessKeyId, SecretAccessKey: keys.secretAccessKey });
    const after = readFileSync(world.credentialsFile, "utf8");
    expect(after).toBe(before.replace(`aws_access_key_id = ${keys.accessKeyId}\n`, "").replace(`aws_secret_access_key = ${keys.secretAccessKey}\n`, ""));
    expect(after).not.toContain(keys.secretAccessKey);
    expect(readFileSync(`${world.credentialsFile}.mfa-session.bak`, "utf8")).toBe(before);
    const config = readFileSync(world.configFile, "utf8");
    expect(config).toContain(`[profile ${user.sourceProfile}]`);
    expect(config).toMatch(new RegExp(`mfa_session_key_store = keychain\\nmfa_session_access_key_id = ${keys.accessKeyId}\\n`));
    expect(config).not.toContain(keys.secretAccessKey);
  });

  it("list shows the profile and key id, never the secret", async () => {
    const table = await cli(["keys", "list"]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(new RegExp(`${user.sourceProfile}\\s+${keys.accessKeyId}`));
    const json = await cli(["keys", "list", "--json"]);
    expect(JSON.parse(json.stdout)).toEqual([{ profile: user.sourceProfile, accessKeyId: keys.accessKeyId }]);
  });

  it("signs in on a cache miss with keys that are only in the keychain (one code, one GetSessionToken)", async () => {
    const stsBefore = world.stsCalls();
    const result = await cli(["credential-process", "--profile", "kim"]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout) as { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
    addSecret(world.secrets, json.SecretAccessKey, json.SessionToken);
    expect(json.AccessKeyId).toMatch(/^ASIA/);
    expect(world.stsCalls() - stsBefore).toBe(1);
    expect(world.codesAsked(user)).toBe(1);
    const identity = await world.run("aws", ["sts", "get-caller-identity", "--profile", "kim", "--output", "json"]);
    expect(identity.code, identity.stderr).toBe(0);
    expect(identity.stdout).toContain(`user/${user.userName}`);
  });

  it("answers a cache hit with the Secret Service stopped; a keychain read then names the alternatives", async () => {
    await service.stop();
    const hit = await cli(["credential-process", "--profile", "kim"]);
    expect(hit.code, hit.stderr).toBe(0);
    expect(world.codesAsked(user)).toBe(1);
    const list = await cli(["keys", "list"]);
    expect(list.code).not.toBe(0);
    expect(list.stderr).toMatch(/The OS keychain could not be used .*gnome-keyring-daemon --unlock.*credential_process.*~\/\.aws\/credentials/s);
    const logout = await cli(["logout", "--profile", "kim"]);
    expect(logout.code, logout.stderr).toBe(0);
    const miss = await cli(["credential-process", "--profile", "kim"]);
    expect(miss.code).not.toBe(0);
    expect(miss.stdout).toBe("");
    expect(miss.stderr).toMatch(new RegExp(`Profile ${user.sourceProfile}: the OS keychain could not be used`));
    service = await startSecretService({ home: world.home });
    Object.assign(world.env, service.env);
  });

  it("signs in again once the Secret Service is back (the keyring persisted in HOME)", async () => {
    expect(service.lookup("mfa-session", user.sourceProfile)).toBeDefined();
    const result = await cli(["credential-process", "--profile", "kim"]);
    expect(result.code, result.stderr).toBe(0);
    addSecret(world.secrets, ...Object.values(JSON.parse(result.stdout) as Record<string, string>).filter((value) => value.length > 30));
  });

  it("rotate replaces the key in the keychain and the recorded key id, deletes the old key, and the profile signs in with the new one", async () => {
    const result = await cli(["keys", "rotate", "--profile", "kim"]);
    expect(result.code, result.stderr).toBe(0);
    const entry = JSON.parse(service.lookup("mfa-session", user.sourceProfile) ?? "null") as { AccessKeyId: string; SecretAccessKey: string };
    addSecret(world.secrets, entry.SecretAccessKey);
    expect(entry.AccessKeyId).not.toBe(keys.accessKeyId);
    expect(result.stdout).toContain(`New key ${entry.AccessKeyId} stored in the OS keychain (service mfa-session, account ${user.sourceProfile})`);
    expect(result.stdout).toContain(`Old key ${keys.accessKeyId} deleted.`);
    const config = readFileSync(world.configFile, "utf8");
    expect(config).toContain(`mfa_session_access_key_id = ${entry.AccessKeyId}\n`);
    expect(config).not.toContain(keys.accessKeyId);
    expect(readFileSync(world.credentialsFile, "utf8")).not.toContain(entry.AccessKeyId);
    const inIam = Object.values(world.sandbox.admin.snapshot().accessKeys).filter((key) => key.userName === user.userName).map((key) => key.accessKeyId);
    expect(inIam).toEqual([entry.AccessKeyId]);
    // The sessions of the old key were forgotten: a new code (the code of this 30 s window may be
    // spent already, so mfa_process may run again for the next one), then the new key's session.
    const asked = world.codesAsked(user);
    const signIn = await cli(["credential-process", "--profile", "kim"]);
    expect(signIn.code, signIn.stderr).toBe(0);
    addSecret(world.secrets, ...Object.values(JSON.parse(signIn.stdout) as Record<string, string>).filter((value) => value.length > 30));
    expect(world.codesAsked(user)).toBeGreaterThan(asked);
    keys = { accessKeyId: entry.AccessKeyId, secretAccessKey: entry.SecretAccessKey };
  }, 90_000);

  it("add reads the key pair from stdin (never argv), and remove deletes it with its settings", async () => {
    const ops = world.sandbox.admin.createUser({ userName: "ops-user" });
    addSecret(world.secrets, ops.secretAccessKey);
    const add = await cli(["keys", "add", "--profile", "ops", "--stdin"], `${ops.accessKeyId}\n${ops.secretAccessKey}\n`);
    expect(add.code, add.stderr).toBe(0);
    expect(JSON.parse(service.lookup("mfa-session", "ops") ?? "null")).toMatchObject({ AccessKeyId: ops.accessKeyId, SecretAccessKey: ops.secretAccessKey });
    expect(readFileSync(world.configFile, "utf8")).toContain(`mfa_session_access_key_id = ${ops.accessKeyId}`);
    const remove = await cli(["keys", "remove", "--profile", "ops"]);
    expect(remove.code, remove.stderr).toBe(0);
    expect(service.lookup("mfa-session", "ops")).toBeUndefined();
    expect(readFileSync(world.configFile, "utf8")).not.toContain(ops.accessKeyId);
  });

  it("add without a terminal says how else to give the keys, and stores nothing", async () => {
    const result = await cli(["keys", "add", "--profile", "nobody"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/keys add needs a terminal .*--stdin/);
    expect(service.lookup("mfa-session", "nobody")).toBeUndefined();
    expect(existsSync(world.configFile) && readFileSync(world.configFile, "utf8")).not.toContain("profile nobody");
  });
});
