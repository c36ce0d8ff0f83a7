// `device setup` and interactive `device enable` driven in tmux like a person would: read the QR
// code off the screen (capture-pane, decoded with zbarimg), type codes from oathtool, and check
// the sandbox and the config file afterwards. Each flow waits for one real 30-second TOTP window.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addAdminProfile, addPlainUser, oathtoolCode, screenQrToPbm, secretOf, TmuxSession, zbarDecode } from "./deviceTestSupport.js";
import { addSeed, assertNoSecrets } from "./support/assertNoSecrets.js";
import { CLI, startMfaWorld, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
let dir: string;
const sessions: TmuxSession[] = [];
const account = "123456789012";

beforeAll(async () => {
  world = await startMfaWorld();
  await addAdminProfile(world);
  dir = mkdtempSync(join(tmpdir(), "device-setup-"));
});

afterEach(async () => {
  for (const session of sessions.splice(0)) session.kill();
  await world.assertClean(); // every stderr of world.cli/world.run, against the keys and seeds the tests learned
});

afterAll(async () => {
  await world?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function startTmux(name: string, args: string[]): TmuxSession {
  const session = new TmuxSession(dir, name);
  sessions.push(session);
  session.start([process.execPath, CLI, ...args], { ...world.env, TERM: "xterm-256color" });
  return session;
}

/** Reads the QR code off the pane, as a phone camera would, and returns the seed it carries. */
async function scanScreen(session: TmuxSession, expectedLabel: string): Promise<string> {
  const screen = await session.waitFor(/First code from your authenticator:/);
  const pbm = join(dir, `${session.name}.pbm`);
  screenQrToPbm(screen, pbm);
  const uri = zbarDecode(pbm);
  expect(uri).toMatch(new RegExp(`^otpauth://totp/${expectedLabel}\\?secret=[A-Z2-7]+`));
  const seed = secretOf(uri);
  addSeed(world.secrets, seed);
  return seed;
}

/** Types the current code, waits for the prompt of the next window, types that one. */
async function typeTwoCodes(session: TmuxSession, seed: string): Promise<void> {
  session.type(oathtoolCode(seed, Date.now()));
  await session.waitFor(/Next code \(the one after it\):/, 40_000);
  session.type(oathtoolCode(seed, Date.now()));
}

async function profileSection(name: string, extra: string) {
  const before = readFileSync(world.configFile, "utf8");
  const section = `\n# ${name}'s own keys, set up by hand\n[profile ${name}]\nregion=${world.sandbox.region}\n  ; an indented comment inside the section\nendpoint_url   =   ${world.sandbox.endpoint}\n${extra}`;
  writeFileSync(world.configFile, before + section);
  return before + section;
}

describe("mfa-session device setup (tmux)", () => {
  it("shows a scannable QR on the terminal, takes two codes, enables the device and adds only mfa_serial to the profile", async () => {
    await addPlainUser(world, "carol");
    const original = await profileSection("carol", "\n[profile after]\nregion = eu-west-1\n");
    const saved = join(dir, "carol-qr.png");
    const session = startTmux("setup-ok", ["device", "setup", "--profile", "carol", "--outfile", saved]);
    const seed = await scanScreen(session, `carol@${account}`);
    expect(seed).toBe(world.sandbox.admin.getSeed(`arn:aws:iam::${account}:mfa/carol`));
    await typeTwoCodes(session, seed);
    const screen = await session.waitFor(/EXIT=\d+/);
    expect(screen).toContain("EXIT=0");
    const serial = `arn:aws:iam::${account}:mfa/carol`;
    expect(world.sandbox.admin.snapshot().mfaDevices[serial]?.userName).toBe("carol");
    // Saved as asked: the PNG from IAM, private, with the same secret as the screen's QR.
    expect(statSync(saved).mode & 0o777).toBe(0o600);
    expect(secretOf(zbarDecode(saved))).toBe(seed);

    const expected = original.replace(`endpoint_url   =   ${world.sandbox.endpoint}\n\n[profile after]`, `endpoint_url   =   ${world.sandbox.endpoint}\nmfa_serial = ${serial}\n\n[profile after]`);
    expect(expected).not.toBe(original);
    expect(readFileSync(world.configFile, "utf8")).toBe(expected);
    expect(readFileSync(`${world.configFile}.mfa-session.bak`, "utf8")).toBe(original);
    assertNoSecrets(screen.replace(/[▀▄█]/g, ""), { values: new Set([seed]), codes: new Set() }, "the setup screen");
  }, 90_000);

  it("removes the new device again when enabling fails mid-way, and leaves the config alone (MFA-required policy)", async () => {
    await addPlainUser(world, "dave", true);
    const original = await profileSection("dave", "");
    // The SDK's three attempts of setup's EnableMFADevice fail; the rollback then needs MFA to delete.
    world.sandbox.faults.set({ action: "EnableMFADevice", kind: "error", status: 500, times: 3 });
    try {
      const session = startTmux("setup-fail", ["device", "setup", "--profile", "dave"]);
      const seed = await scanScreen(session, `dave@${account}`);
      await typeTwoCodes(session, seed);
      const screen = await session.waitFor(/EXIT=\d+/);
      expect(screen).toContain("EXIT=1");
      expect(screen.replace(/\n/g, "")).toMatch(/stopped at step "enable".*deleted again, so nothing was left behind/);
    } finally {
      world.sandbox.faults.clear("EnableMFADevice");
    }
    expect(Object.keys(world.sandbox.admin.snapshot().mfaDevices).filter((s) => s.endsWith("/dave"))).toEqual([]);
    expect(readFileSync(world.configFile, "utf8")).toBe(original);
  }, 90_000);

  it("removes the new device when the person presses Ctrl-C while waiting for the second code (MFA-required policy)", async () => {
    await addPlainUser(world, "erin", true);
    await profileSection("erin", "");
    const session = startTmux("setup-cancel", ["device", "setup", "--profile", "erin", "--skip-config"]);
    const seed = await scanScreen(session, `erin@${account}`);
    session.type(oathtoolCode(seed, Date.now()));
    await session.waitFor(/Now wait for the next code/);
    session.keys("C-c");
    const screen = await session.waitFor(/EXIT=\d+/);
    expect(screen).toContain("EXIT=130");
    expect(Object.keys(world.sandbox.admin.snapshot().mfaDevices).filter((s) => s.endsWith("/erin"))).toEqual([]);
    // What made the rollback need an MFA session: erin's own keys may create a device, not delete one.
    const created = await world.cli(["device", "create", "--name", "erin-probe", "--outfile", join(dir, "probe.png"), "--profile", "erin"]);
    expect(created.code, created.stderr).toBe(0);
    const denied = await world.cli(["device", "delete", "--serial", created.stdout.trim(), "--profile", "erin"]);
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(/access denied/i);
  }, 90_000);
});

describe("mfa-session device enable, interactive (tmux)", () => {
  it("asks for the first code, waits for the next window, and refuses the same code twice", async () => {
    world.sandbox.admin.createUser({ userName: "frank", requireMfa: false, withAccessKey: false });
    const device = world.sandbox.admin.createMfaDevice({ deviceName: "frank" });
    addSeed(world.secrets, device.seedBase32);
    const session = startTmux("enable", ["device", "enable", "--user", "frank", "--serial", device.serialNumber, "--profile", "admin"]);
    await session.waitFor(/First code from your authenticator:/);
    const first = oathtoolCode(device.seedBase32, Date.now());
    session.type(first);
    await session.waitFor(/Next code \(the one after it\):/, 40_000);
    session.type(first);
    await session.waitFor(/That is the same code again/);
    session.type(oathtoolCode(device.seedBase32, Date.now()));
    const screen = await session.waitFor(/EXIT=\d+/);
    expect(screen).toContain("EXIT=0");
    expect(world.sandbox.admin.snapshot().mfaDevices[device.serialNumber]?.userName).toBe("frank");
    expect(existsSync(join(dir, "enable.sh"))).toBe(true);
  }, 90_000);
});

describe("mfa-session device create --qr-terminal (tmux)", () => {
  it("draws the QR code on the terminal only, never on stdout or stderr", async () => {
    const out = join(dir, "create.out");
    const err = join(dir, "create.err");
    const png = join(dir, "gina.png");
    const session = new TmuxSession(dir, "create-qr");
    sessions.push(session);
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    session.start(["/bin/sh", "-c", `${q(process.execPath)} ${q(CLI)} device create --name gina --outfile ${q(png)} --qr-terminal --profile admin >${q(out)} 2>${q(err)}`], { ...world.env, TERM: "xterm-256color" });
    const screen = await session.waitFor(/EXIT=\d+/);
    expect(screen).toContain("EXIT=0");
    const pbm = join(dir, "create-qr.pbm");
    screenQrToPbm(screen, pbm);
    const seed = world.sandbox.admin.getSeed(`arn:aws:iam::${account}:mfa/gina`);
    expect(secretOf(zbarDecode(pbm))).toBe(seed);
    expect(secretOf(zbarDecode(png))).toBe(seed);
    const printed = readFileSync(out, "utf8") + readFileSync(err, "utf8");
    expect(printed).toContain(`arn:aws:iam::${account}:mfa/gina`);
    expect(printed).not.toContain(seed);
    expect(printed).not.toMatch(/[▀▄█]/);
  }, 60_000);
});
