// `mfa-session device ...` against the sandbox (AWS's MFA semantics), through the built CLI.
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addAdminProfile, oathtoolCode, secretOf, zbarDecode } from "./deviceTestSupport.js";
import { configureProfile, startMfaWorld, type MfaWorld } from "./support/mfaWorld.js";
import { addSeed } from "./support/assertNoSecrets.js";

let world: MfaWorld;
let admin: string;
const account = "123456789012";
const serial = (name: string) => `arn:aws:iam::${account}:mfa/${name}`;

beforeAll(async () => {
  world = await startMfaWorld();
  admin = await addAdminProfile(world);
  for (const name of ["alice", "bob"]) world.sandbox.admin.createUser({ userName: name, requireMfa: false, withAccessKey: false });
});

afterAll(async () => {
  await world?.stop();
});

function device(serialNumber: string) {
  return world.sandbox.admin.snapshot().mfaDevices[serialNumber];
}

describe("mfa-session device", () => {
  it("creates a 0600 QR PNG that decodes to an otpauth URI whose oathtool codes enable the device", async () => {
    const outfile = join(world.home, "alice.png");
    const created = await world.cli(["device", "create", "--name", "alice", "--outfile", outfile, "--tag", "team=a", "--profile", admin]);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toBe(`${serial("alice")}\n`);
    expect(statSync(outfile).mode & 0o777).toBe(0o600);

    const uri = zbarDecode(outfile);
    expect(uri).toMatch(new RegExp(`^otpauth://totp/alice@${account}\\?secret=[A-Z2-7]+`));
    const seed = secretOf(uri);
    expect(seed).toBe(world.sandbox.admin.getSeed(serial("alice")));
    addSeed(world.secrets, seed);

    const now = Date.now();
    const enabled = await world.cli(["device", "enable", "--user", "alice", "--serial", serial("alice"),
      "--authentication-code-1", oathtoolCode(seed, now), "--authentication-code-2", oathtoolCode(seed, now + 30_000), "--profile", admin]);
    expect(enabled.code, enabled.stderr).toBe(0);
    expect(device(serial("alice"))?.userName).toBe("alice");

    const listed = await world.cli(["device", "list", "--user", "alice", "--profile", admin]);
    expect(listed.stdout).toMatch(new RegExp(`${serial("alice")}\\s+alice\\s+\\d{4}-`));
    const json = JSON.parse((await world.cli(["device", "get", "--serial", serial("alice"), "--json", "--profile", admin])).stdout);
    expect(json).toMatchObject({ SerialNumber: serial("alice"), UserName: "alice", Tags: { team: "a" } });
    await world.assertClean();
  });

  it("refuses an outfile it could not write before it creates anything: no device is left without its seed", async () => {
    writeFileSync(join(world.home, "a-file"), "not a folder\n");
    mkdirSync(join(world.home, "a-folder.png"));
    const cases = [
      { name: "nofolder", outfile: join(world.home, "missing-dir", "x.seed"), says: /The folder .*missing-dir does not exist: create it, or choose another --outfile\./ },
      { name: "filefolder", outfile: join(world.home, "a-file", "x.seed"), says: /a-file is not a folder: choose another --outfile\./ },
      { name: "folderfile", outfile: join(world.home, "a-folder.png"), says: /a-folder\.png is a folder: choose another --outfile\./, force: true },
    ];
    for (const { name, outfile, says, force } of cases) {
      const refused = await world.cli(["device", "create", "--name", name, "--outfile", outfile, ...(force ? ["--force"] : []), "--profile", admin]);
      expect(refused.code, refused.stderr).not.toBe(0);
      expect(refused.stderr).toMatch(says);
      expect(refused.stderr).not.toMatch(/internal error|was created/);
      expect(device(serial(name))).toBeUndefined();
    }
  });

  it("refuses to overwrite an outfile without --force and writes the Base32 seed when asked", async () => {
    const outfile = join(world.home, "taken.txt");
    writeFileSync(outfile, "keep me\n");
    const refused = await world.cli(["device", "create", "--name", "bob", "--outfile", outfile, "--bootstrap-method", "Base32StringSeed", "--profile", admin]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/taken\.txt already exists: choose another --outfile, or pass --force/);
    expect(readFileSync(outfile, "utf8")).toBe("keep me\n");
    // Checked before creating: no device exists whose seed nobody could save.
    expect(device(serial("bob"))).toBeUndefined();

    const forced = await world.cli(["device", "create", "--name", "bob", "--outfile", outfile, "--bootstrap-method", "Base32StringSeed", "--force", "--profile", admin]);
    expect(forced.code, forced.stderr).toBe(0);
    const seed = readFileSync(outfile, "utf8").trim();
    addSeed(world.secrets, seed);
    expect(seed).toBe(world.sandbox.admin.getSeed(serial("bob")));
    expect(statSync(outfile).mode & 0o777).toBe(0o600);
    expect(forced.stdout + forced.stderr).not.toContain(seed);

    // Printed only when asked, and then alone on stdout.
    const asked = await world.cli(["device", "create", "--name", "piped", "--outfile", "-", "--bootstrap-method", "Base32StringSeed", "--profile", admin]);
    expect(asked.code, asked.stderr).toBe(0);
    const pipedSeed = world.sandbox.admin.getSeed(serial("piped"));
    expect(asked.stdout).toBe(`${pipedSeed}\n`);
    addSeed(world.secrets, pipedSeed);
    expect((await world.cli(["device", "delete", "--serial", serial("piped"), "--profile", admin])).code).toBe(0);
    await world.assertClean();
  });

  it("enables and resyncs from a seed file, tags, lists by status, and deletes only with --force while enabled", async () => {
    const seedFile = join(world.home, "taken.txt"); // bob's seed from the test above
    const enable = await world.cli(["device", "enable", "--user", "bob", "--serial", serial("bob"), "--seed-file", seedFile, "--profile", admin]);
    expect(enable.code, enable.stderr).toBe(0);
    expect(device(serial("bob"))?.userName).toBe("bob");
    // A drifted authenticator: resync finds the pair further away than enable would accept.
    const resync = await world.cli(["device", "resync", "--user", "bob", "--serial", serial("bob"), "--seed-file", seedFile, "--profile", admin]);
    expect(resync.code, resync.stderr).toBe(0);

    expect((await world.cli(["device", "tag", "--serial", serial("bob"), "--tag", "owner=ops", "--tag", "tmp=1", "--profile", admin])).code).toBe(0);
    expect((await world.cli(["device", "untag", "--serial", serial("bob"), "--key", "tmp", "--profile", admin])).code).toBe(0);
    const unassigned = await world.cli(["device", "create", "--name", "spare", "--outfile", join(world.home, "spare.png"), "--profile", admin]);
    expect(unassigned.code).toBe(0);
    const assigned = JSON.parse((await world.cli(["device", "list", "--assignment-status", "Assigned", "--json", "--profile", admin])).stdout);
    expect(assigned.map((d: { SerialNumber: string }) => d.SerialNumber).sort()).toEqual([serial("alice"), serial("bob")]);
    expect(assigned.find((d: { SerialNumber: string }) => d.SerialNumber === serial("bob")).Tags).toEqual({ owner: "ops" });
    const spare = JSON.parse((await world.cli(["device", "list", "--assignment-status", "Unassigned", "--json", "--profile", admin])).stdout);
    expect(spare).toEqual([{ SerialNumber: serial("spare"), UserName: null, EnableDate: null }]);

    const conflict = await world.cli(["device", "delete", "--serial", serial("bob"), "--profile", admin]);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain(`MFA device ${serial("bob")} is still enabled for a user: deactivate it first, or pass --force.`);
    const forced = await world.cli(["device", "delete", "--serial", serial("bob"), "--force", "--profile", admin]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toContain("Deactivated");
    expect(device(serial("bob"))).toBeUndefined();

    const deactivate = await world.cli(["device", "deactivate", "--user", "alice", "--serial", serial("alice"), "--profile", admin]);
    expect(deactivate.code, deactivate.stderr).toBe(0);
    expect(device(serial("alice"))?.userName).toBeUndefined();
    expect((await world.cli(["device", "delete", "--serial", serial("alice"), "--profile", admin])).code).toBe(0);
    await world.assertClean();
  });

  it("explains consecutive codes when IAM refuses them, and refuses two equal codes before calling IAM", async () => {
    const seedFile = join(world.home, "carol.seed");
    expect((await world.cli(["device", "create", "--name", "carol", "--outfile", seedFile, "--bootstrap-method", "Base32StringSeed", "--profile", admin])).code).toBe(0);
    world.sandbox.admin.createUser({ userName: "carol", requireMfa: false, withAccessKey: false });
    const seed = readFileSync(seedFile, "utf8").trim();
    addSeed(world.secrets, seed);
    const now = Date.now();
    const apart = await world.cli(["device", "enable", "--user", "carol", "--serial", serial("carol"),
      "--authentication-code-1", oathtoolCode(seed, now - 90_000), "--authentication-code-2", oathtoolCode(seed, now + 30_000), "--profile", admin]);
    expect(apart.code).toBe(1);
    expect(apart.stderr).toContain("the codes must be two consecutive codes: wait for a fresh code and enter it, then the next one");
    const same = await world.cli(["device", "enable", "--user", "carol", "--serial", serial("carol"),
      "--authentication-code-1", "123456", "--authentication-code-2", "123456", "--profile", admin]);
    expect(same.code).toBe(1);
    expect(same.stderr).toMatch(/the two codes are the same/);
    expect(device(serial("carol"))?.userName).toBeUndefined();
    await world.assertClean();
  });

  it("names IAM's limit of 8 MFA devices per user", async () => {
    world.sandbox.admin.createUser({ userName: "gail", requireMfa: false, withAccessKey: false });
    for (let i = 0; i < 8; i++) world.sandbox.admin.createMfaDevice({ deviceName: `gail-${i}`, userName: "gail" });
    const ninth = world.sandbox.admin.createMfaDevice({ deviceName: "gail-8" });
    addSeed(world.secrets, ninth.seedBase32);
    const seedFile = join(world.home, "gail-8.seed");
    writeFileSync(seedFile, `${ninth.seedBase32}\n`, { mode: 0o600 });
    const refused = await world.cli(["device", "enable", "--user", "gail", "--serial", ninth.serialNumber, "--seed-file", seedFile, "--profile", admin]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/IAM allows at most 8 MFA devices per user; deactivate and delete one/);
    expect(device(ninth.serialNumber)?.userName).toBeUndefined();
    await world.assertClean();
  });

  it("uses an mfa-session profile (an MFA session) for administrators whose policy requires MFA", async () => {
    const ops = await world.addUser("ops");
    await configureProfile(world, ops, "ops", { mfaProcess: true });
    const tag = ["device", "tag", "--serial", ops.mfaSerial, "--tag", "checked=yes"];
    const denied = await world.cli([...tag, "--profile", ops.sourceProfile]);
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(/access denied/i);
    const tagged = await world.cli([...tag, "--profile", "ops"]);
    expect(tagged.code, tagged.stderr).toBe(0);
    const listed = await world.cli(["device", "list", "--assignment-status", "Assigned", "--json", "--profile", "ops"]);
    expect(JSON.parse(listed.stdout).find((d: { SerialNumber: string }) => d.SerialNumber === ops.mfaSerial)?.Tags).toEqual({ checked: "yes" });
    // One code for both commands: the second reused the cached MFA session.
    expect(world.codesAsked(ops)).toBe(1);
    await world.assertClean(["ops"]);
  });
});
