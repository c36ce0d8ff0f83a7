// Sign-in and device set-up from the extension with long-term keys held in the OS keychain (a real
// Secret Service: gnome-keyring on a private D-Bus) and not in ~/.aws/credentials, against the
// sandbox. Also checks the built extension: its bundle loads the keychain module from dist/keyring/
// (what the .vsix ships), and that copy reads the entry core wrote.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateTotp, importKeysToKeychain, type MfaCodeProvider, systemClock } from "@mfa-session/core";
import { startSecretService, type SecretService } from "@mfa-session/core/testing";
import { startSandbox, type Sandbox } from "@mfa-session/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCoreServices } from "./createCoreServices.js";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
let sandbox: Sandbox;
let service: SecretService;
let sandboxTime = Date.now();
let seed: string;
let serial: string;
const savedBus = process.env.DBUS_SESSION_BUS_ADDRESS;
const codeAt = (base32: string) => {
  sandboxTime += 90_000;
  return generateTotp(base32, { timeMs: sandboxTime });
};

beforeAll(async () => {
  service = await startSecretService({ home: process.env.HOME! });
  // The keychain module connects on its first use, in this process.
  process.env.DBUS_SESSION_BUS_ADDRESS = service.env.DBUS_SESSION_BUS_ADDRESS;
  sandbox = await startSandbox({ clock: { now: () => sandboxTime } });
  const erin = sandbox.admin.createUser({ userName: "erin", requireMfa: true });
  const device = sandbox.admin.createMfaDevice({ deviceName: "erin", userName: "erin" });
  seed = device.seedBase32;
  serial = device.serialNumber;
  const frank = sandbox.admin.createUser({ userName: "frank" });
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, [
    `[erin-keys]\naws_access_key_id = ${erin.accessKeyId}\naws_secret_access_key = ${erin.secretAccessKey}\n`,
    `[frank-keys]\naws_access_key_id = ${frank.accessKeyId}\naws_secret_access_key = ${frank.secretAccessKey}\n`,
  ].join("\n"));
  writeFileSync(process.env.AWS_CONFIG_FILE!, [
    `[profile erin-keys]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`,
    `[profile frank-keys]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`,
    `[profile erin]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\nmfa_session_source_profile = erin-keys\nmfa_serial = ${serial}\ncredential_process = mfa-session credential-process --profile erin\n`,
  ].join("\n"));
  for (const profile of ["erin-keys", "frank-keys"]) await importKeysToKeychain({ env: process.env, homedir: process.env.HOME!, profile });
  expect(readFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, "utf8")).not.toMatch(/aws_secret_access_key/);
});

afterAll(async () => {
  await sandbox?.stop();
  await service?.stop();
  if (savedBus === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS;
  else process.env.DBUS_SESSION_BUS_ADDRESS = savedBus;
});

function services(codeProvider: MfaCodeProvider) {
  return createCoreServices({
    env: process.env, homedir: process.env.HOME!, clock: systemClock, logger: { debug() {}, info() {}, warn() {} }, platform: "linux",
    getCliPath: () => "/nonexistent/mfa-session.js", codeProvider,
  });
}

describe("the extension with keys in the OS keychain", () => {
  it("offers a keychain profile as one with long-term keys (device set-up lists it)", async () => {
    const profiles = await services(async () => "000000").listProfiles();
    expect(profiles.find((profile) => profile.name === "erin-keys")).toMatchObject({ hasStaticKeys: true });
  });

  it("signs in with one code, the source keys read from the keychain", async () => {
    const asked: string[] = [];
    const codeProvider: MfaCodeProvider = async (request) => {
      asked.push(request.profile);
      return codeAt(seed);
    };
    const first = await services(codeProvider).signIn("erin", { forceRefresh: false, codeProvider });
    expect(first.source).toBe("sts");
    expect(asked).toEqual(["erin"]);
    const second = await services(codeProvider).signIn("erin", { forceRefresh: false, codeProvider });
    expect(second.source).toBe("cache");
  });

  it("sets up a device for a user whose keys are in the keychain", async () => {
    let deviceSeed = "";
    const devices = services(async () => codeAt(deviceSeed)).devices("frank-keys");
    const result = await devices.setUp({
      present: async (device) => { deviceSeed = device.base32StringSeed; },
      readCodes: async () => ({ code1: codeAt(deviceSeed), code2: generateTotp(deviceSeed, { timeMs: sandboxTime + 30_000 }) }),
    });
    expect(result).toEqual({ userName: "frank", serialNumber: "arn:aws:iam::123456789012:mfa/frank" });
    expect(readFileSync(process.env.AWS_CONFIG_FILE!, "utf8")).toMatch(/\[profile frank-keys\][^[]*mfa_serial = arn:aws:iam::123456789012:mfa\/frank/);
  });

  it("ships the keychain module beside the built bundle, which loads it from there", async () => {
    expect(existsSync(`${dist}extension.js`), "run the extension's build first (turbo's test task does)").toBe(true);
    const bundle = readFileSync(`${dist}extension.js`, "utf8");
    expect(bundle).toContain('import("./keyring/index.js")');
    expect(bundle).not.toMatch(/(?:require|import)\(["']@napi-rs\/keyring["']\)/);
    const shipped = (await import(`${dist}keyring/index.js`)) as { AsyncEntry: new (service: string, account: string) => { getPassword(): Promise<string | null> } };
    const entry = JSON.parse((await new shipped.AsyncEntry("mfa-session", "erin-keys").getPassword()) ?? "null") as { AccessKeyId?: string } | null;
    expect(entry?.AccessKeyId).toMatch(/^AKIA/);
  });
});
