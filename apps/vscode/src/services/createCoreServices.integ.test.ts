// The extension's one door into core, against the sandbox with the real AWS SDK: sessions land in
// the shared cache (where the CLI finds them), device verbs act on the profile's IAM user (with an
// MFA session when the profile uses MFA, as the CLI's), and a configured profile resolves.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { generateTotp, loadProfile, type Logger, type MfaCodeProvider, type MfaCodeRequest, systemClock } from "@mfa-session/core";
import { startSandbox, type Sandbox } from "@mfa-session/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoreServices } from "./createCoreServices.js";

let sandbox: Sandbox;
let sandboxTime = Date.now();
let aliceSeed: string;
let aliceSerial: string;
let carolSeed: string;
let carolSerial: string;
const env = () => process.env;
const home = () => process.env.HOME!;
const logger = { debug() {}, info() {}, warn() {} };
/** The sandbox's clock moves 90 s per code, so no code is ever reused and nothing waits. */
const codeAt = (seed: string) => {
  sandboxTime += 90_000;
  return generateTotp(seed, { timeMs: sandboxTime });
};

beforeAll(async () => {
  sandbox = await startSandbox({ clock: { now: () => sandboxTime } });
  const alice = sandbox.admin.createUser({ userName: "alice" });
  const bob = sandbox.admin.createUser({ userName: "bob" });
  const device = sandbox.admin.createMfaDevice({ deviceName: "alice", userName: "alice" });
  aliceSeed = device.seedBase32;
  aliceSerial = device.serialNumber;
  // Carol's IAM calls are denied without MFA, as under the usual "MFA required" policy.
  const carol = sandbox.admin.createUser({ userName: "carol", requireMfa: true });
  const carolDevice = sandbox.admin.createMfaDevice({ deviceName: "carol", userName: "carol" });
  carolSeed = carolDevice.seedBase32;
  carolSerial = carolDevice.serialNumber;
  const dave = sandbox.admin.createUser({ userName: "dave" });
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, [
    `[alice-keys]\naws_access_key_id = ${alice.accessKeyId}\naws_secret_access_key = ${alice.secretAccessKey}\n`,
    `[bob-keys]\naws_access_key_id = ${bob.accessKeyId}\naws_secret_access_key = ${bob.secretAccessKey}\n`,
    `[carol-keys]\naws_access_key_id = ${carol.accessKeyId}\naws_secret_access_key = ${carol.secretAccessKey}\n`,
    `[default]\naws_access_key_id = ${dave.accessKeyId}\naws_secret_access_key = ${dave.secretAccessKey}\n`,
  ].join("\n"));
  writeFileSync(process.env.AWS_CONFIG_FILE!, [
    `[default]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`,
    `[profile alice-keys]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`,
    `[profile bob-keys]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`,
    `[profile carol-keys]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`,
    `[profile carol]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\nmfa_session_source_profile = carol-keys\nmfa_serial = ${carolSerial}\ncredential_process = mfa-session credential-process --profile carol\n`,
    `[profile work]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\nmfa_session_source_profile = alice-keys\nmfa_serial = ${aliceSerial}\ncredential_process = mfa-session credential-process --profile work\n`,
  ].join("\n"));
});

afterAll(async () => {
  await sandbox?.stop();
});

const noCode: MfaCodeProvider = async () => {
  throw new Error("no code expected");
};

/** A CLI script under the test's home (Configure Profile checks that cliPath exists). */
function cliAt(path: string): string {
  const full = `${home()}${path}`;
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, "");
  return full;
}

function services(options: { codeProvider?: MfaCodeProvider; cliPath?: string; logger?: Logger } = {}) {
  return createCoreServices({
    env: env(), homedir: home(), clock: systemClock, logger: options.logger ?? logger, platform: "linux",
    getCliPath: () => options.cliPath ?? cliAt("/opt/mfa-session/mfa-session.js"),
    codeProvider: options.codeProvider ?? noCode,
  });
}

/** A code provider for one device that records what it was asked. */
function codesFrom(seed: () => string) {
  const asked: MfaCodeRequest[] = [];
  const codeProvider: MfaCodeProvider = async (request) => {
    asked.push(request);
    return codeAt(seed());
  };
  return { asked, codeProvider };
}

describe(createCoreServices.name, () => {
  it("lists the profiles with what each can do", async () => {
    const profiles = await services().listProfiles();
    expect(profiles).toEqual([
      { name: "alice-keys", hasStaticKeys: true, usesMfaSession: false, region: "us-east-1" },
      { name: "bob-keys", hasStaticKeys: true, usesMfaSession: false, region: "us-east-1" },
      { name: "carol", mfaSerial: carolSerial, hasStaticKeys: false, usesMfaSession: true, region: "us-east-1" },
      { name: "carol-keys", hasStaticKeys: true, usesMfaSession: false, region: "us-east-1" },
      { name: "default", hasStaticKeys: true, usesMfaSession: false, region: "us-east-1" },
      { name: "work", mfaSerial: aliceSerial, hasStaticKeys: false, usesMfaSession: true, region: "us-east-1" },
    ]);
  });

  it("manages the devices of a user who must use MFA, with an MFA session asked for inline", async () => {
    // The long-term keys alone are refused, as AWS refuses them under an "MFA required" policy.
    await expect(services().devices("carol-keys").deactivate(carolSerial)).rejects.toMatchObject({ code: "ACCESS_DENIED" });
    const { asked, codeProvider } = codesFrom(() => carolSeed);
    const devices = services({ codeProvider }).devices("carol");
    expect(await devices.userName()).toBe("carol");
    expect((await devices.list()).map((device) => device.serialNumber)).toEqual([carolSerial]);
    await devices.deactivate(carolSerial);
    await devices.delete(carolSerial);
    expect(asked.map((request) => [request.profile, request.mfaSerial])).toEqual([["carol", carolSerial]]);
    // The session landed in the shared cache: the next device command asks for no code.
    expect(await services().devices("carol").list()).toEqual([]);
    expect((await services().signOut("carol")).map((session) => session.profile)).toEqual(["carol"]);
  });

  it("records the new device of the default profile in [default]", async () => {
    let seed = "";
    const result = await services().devices("default").setUp({
      present: async (device) => {
        seed = device.base32StringSeed;
      },
      readCodes: async () => ({ code1: codeAt(seed), code2: generateTotp(seed, { timeMs: sandboxTime + 30_000 }) }),
    });
    expect(result.serialNumber).toBe("arn:aws:iam::123456789012:mfa/dave");
    const config = readFileSync(process.env.AWS_CONFIG_FILE!, "utf8");
    expect(config).toMatch(/^\[default\]\nregion = us-east-1\nendpoint_url = \S+\nmfa_serial = arn:aws:iam::123456789012:mfa\/dave\n/);
    expect(config).not.toContain("[profile default]");
    sandboxTime += 90_000;
  });

  it("signs in with one code into the shared cache, then reuses it, and signs out", async () => {
    const asked: MfaCodeRequest[] = [];
    const codeProvider = async (request: MfaCodeRequest) => {
      asked.push(request);
      return codeAt(aliceSeed);
    };
    const first = await services().signIn("work", { forceRefresh: false, codeProvider });
    expect(first.source).toBe("sts");
    expect(asked.map((request) => [request.profile, request.mfaSerial])).toEqual([["work", aliceSerial]]);
    const second = await services().signIn("work", { forceRefresh: false, codeProvider });
    expect(second).toEqual({ ...first, source: "cache" });
    expect(asked).toHaveLength(1);
    expect((await services().listSessions()).map((session) => [session.profile, session.kind])).toEqual([["work", "mfa-session"]]);
    expect((await services().signOut("work")).map((session) => session.profile)).toEqual(["work"]);
    expect(await services().listSessions()).toEqual([]);
  });

  it("sets up a device for the profile's user: QR shown, two codes, enabled, mfa_serial written", async () => {
    let shownQrBytes = 0;
    let seed = "";
    // Once mfa_serial is written, the profile uses MFA: the later device verbs sign with an MFA session.
    const { asked, codeProvider } = codesFrom(() => seed);
    const devices = services({ codeProvider }).devices("bob-keys");
    const result = await devices.setUp({
      present: async (device) => {
        shownQrBytes = device.qrCodePng.length;
        seed = device.base32StringSeed;
      },
      readCodes: async () => ({ code1: codeAt(seed), code2: generateTotp(seed, { timeMs: sandboxTime + 30_000 }) }),
    });
    expect(result).toEqual({ userName: "bob", serialNumber: "arn:aws:iam::123456789012:mfa/bob" });
    expect(shownQrBytes).toBeGreaterThan(100);
    expect(readFileSync(process.env.AWS_CONFIG_FILE!, "utf8")).toMatch(/\[profile bob-keys\][^[]*mfa_serial = arn:aws:iam::123456789012:mfa\/bob/);
    expect((await devices.list()).map((device) => device.serialNumber)).toEqual([result.serialNumber]);
    expect(asked.map((request) => request.profile)).toEqual(["bob-keys"]);

    sandboxTime += 90_000;
    await devices.resync(result.serialNumber, { code1: generateTotp(seed, { timeMs: sandboxTime }), code2: generateTotp(seed, { timeMs: sandboxTime + 30_000 }) });
    await devices.deactivate(result.serialNumber);
    expect(await devices.list()).toEqual([]);
    await devices.delete(result.serialNumber);
  });

  it("writes a profile that core then resolves, with the CLI path in credential_process", async () => {
    const plan = await services().planProfileEdit({ profile: "dev", sourceProfile: "alice-keys", mfaSerial: aliceSerial });
    expect(plan.changed).toBe(true);
    expect(plan.diff).toContain(`+credential_process = node ${home()}/opt/mfa-session/mfa-session.js credential-process --profile dev`);
    await plan.write();
    const profile = await loadProfile({ profile: "dev", env: env(), homedir: home() });
    expect(profile).toMatchObject({ name: "dev", sourceProfile: "alice-keys", mfaSerial: aliceSerial });
  });

  it("writes into the config as it is after the diff was confirmed, keeping another program's change, and logs it", async () => {
    const warnings: string[] = [];
    const plan = await services({ logger: { ...logger, warn: (message: string) => { warnings.push(message); } } })
      .planProfileEdit({ profile: "later", sourceProfile: "alice-keys", mfaSerial: aliceSerial });
    writeFileSync(process.env.AWS_CONFIG_FILE!, `${readFileSync(process.env.AWS_CONFIG_FILE!, "utf8")}\n[profile meanwhile]\nregion = eu-west-1\n`);
    await plan.write();
    const text = readFileSync(process.env.AWS_CONFIG_FILE!, "utf8");
    expect(text).toContain("[profile meanwhile]\nregion = eu-west-1\n");
    expect(text).toContain("[profile later]\nmfa_session_source_profile = alice-keys\n");
    expect(warnings).toEqual([expect.stringContaining("changed after the diff was shown")]);
  });

  it("refuses a CLI path with a double quote instead of writing a line the shells read differently", async () => {
    const before = readFileSync(process.env.AWS_CONFIG_FILE!, "utf8");
    const weird = cliAt('/opt/we"ird/mfa-session.js');
    await expect(services({ cliPath: weird }).planProfileEdit({ profile: "quoted", sourceProfile: "alice-keys", mfaSerial: aliceSerial }))
      .rejects.toMatchObject({ code: "USAGE", hint: { kind: "unsafe-command-word", word: weird } });
    expect(readFileSync(process.env.AWS_CONFIG_FILE!, "utf8")).toBe(before);
    const spaced = await services({ cliPath: cliAt("/opt/my tools/mfa-session.js") }).planProfileEdit({ profile: "spaced", sourceProfile: "alice-keys", mfaSerial: aliceSerial });
    expect(spaced.diff).toContain(`+credential_process = node "${home()}/opt/my tools/mfa-session.js" credential-process --profile spaced`);
  });
});
