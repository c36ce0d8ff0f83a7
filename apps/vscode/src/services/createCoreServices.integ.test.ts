// The extension's one door into core, against the sandbox with the real AWS SDK: sessions land in
// the shared cache (where the CLI finds them), device verbs act on the profile's IAM user, and a
// configured profile resolves.
import { readFileSync, writeFileSync } from "node:fs";
import { generateTotp, loadProfile, type MfaCodeRequest, systemClock } from "@mfa-session/core";
import { startSandbox, type Sandbox } from "@mfa-session/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoreServices } from "./createCoreServices.js";

let sandbox: Sandbox;
let sandboxTime = Date.now();
let aliceSeed: string;
let aliceSerial: string;
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
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, [
    `[alice-keys]\naws_access_key_id = ${alice.accessKeyId}\naws_secret_access_key = ${alice.secretAccessKey}\n`,
    `[bob-keys]\naws_access_key_id = ${bob.accessKeyId}\naws_secret_access_key = ${bob.secretAccessKey}\n`,
  ].join("\n"));
  writeFileSync(process.env.AWS_CONFIG_FILE!, [
    `[profile alice-keys]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`,
    `[profile bob-keys]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`,
    `[profile work]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\nmfa_session_source_profile = alice-keys\nmfa_serial = ${aliceSerial}\ncredential_process = mfa-session credential-process --profile work\n`,
  ].join("\n"));
});

afterAll(async () => {
  await sandbox?.stop();
});

function services() {
  return createCoreServices({ env: env(), homedir: home(), clock: systemClock, logger, getCliPath: () => "/opt/mfa-session/mfa-session.js" });
}

describe(createCoreServices.name, () => {
  it("lists the profiles with what each can do", async () => {
    const profiles = await services().listProfiles();
    expect(profiles).toEqual([
      { name: "alice-keys", hasStaticKeys: true, usesMfaSession: false },
      { name: "bob-keys", hasStaticKeys: true, usesMfaSession: false },
      { name: "work", mfaSerial: aliceSerial, hasStaticKeys: false, usesMfaSession: true },
    ]);
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
    const devices = services().devices("bob-keys");
    let shownQrBytes = 0;
    let seed = "";
    const result = await devices.setUp({
      present: async (device) => {
        shownQrBytes = device.qrCodePng.length;
        seed = device.base32StringSeed;
      },
      readCodes: async () => ({ code1: codeAt(seed), code2: generateTotp(seed, { timeMs: sandboxTime + 30_000 }) }),
    });
    expect(result).toEqual({ userName: "bob", serialNumber: "arn:aws:iam::123456789012:mfa/bob" });
    expect(shownQrBytes).toBeGreaterThan(100);
    expect((await devices.list()).map((device) => device.serialNumber)).toEqual([result.serialNumber]);
    expect(readFileSync(process.env.AWS_CONFIG_FILE!, "utf8")).toMatch(/\[profile bob-keys\][^[]*mfa_serial = arn:aws:iam::123456789012:mfa\/bob/);

    sandboxTime += 90_000;
    await devices.resync(result.serialNumber, { code1: generateTotp(seed, { timeMs: sandboxTime }), code2: generateTotp(seed, { timeMs: sandboxTime + 30_000 }) });
    await devices.deactivate(result.serialNumber);
    expect(await devices.list()).toEqual([]);
    await devices.delete(result.serialNumber);
  });

  it("writes a profile that core then resolves, with the CLI path in credential_process", async () => {
    const plan = await services().planProfileEdit({ profile: "dev", sourceProfile: "alice-keys", mfaSerial: aliceSerial });
    expect(plan.changed).toBe(true);
    expect(plan.diff).toContain("+credential_process = node /opt/mfa-session/mfa-session.js credential-process --profile dev");
    await plan.write();
    const profile = await loadProfile({ profile: "dev", env: env(), homedir: home() });
    expect(profile).toMatchObject({ name: "dev", sourceProfile: "alice-keys", mfaSerial: aliceSerial });
  });
});
