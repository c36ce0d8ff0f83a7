// Private files after real runs of the built CLI: the cache is 0600 files in 0700 folders; a cache
// folder others may write to is refused (exit 1, the fix named) and left as it is; a cache file
// replaced by a symlink is refused, not followed (the target untouched); device seeds are 0600 even
// under umask 000.
import { chmodSync, lstatSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addAdminProfile } from "./deviceTestSupport.js";
import { addSeed } from "./support/assertNoSecrets.js";
import { CLI, configureProfile, startMfaWorld, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
const cacheDir = process.env.MFA_SESSION_CACHE_DIR!;

beforeAll(async () => {
  world = await startMfaWorld();
});
afterEach(async () => {
  await world.assertClean();
});
afterAll(async () => {
  await world?.stop();
});

const mode = (path: string) => lstatSync(path).mode & 0o777;

/** Every folder and file under `dir` with its mode. */
function modes(dir: string): Array<{ path: string; dir: boolean; mode: number }> {
  const found: Array<{ path: string; dir: boolean; mode: number }> = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const isDir = lstatSync(path).isDirectory();
    found.push({ path, dir: isDir, mode: mode(path) });
    if (isDir) found.push(...modes(path));
  }
  return found;
}

async function signIn(name: string) {
  const user = await world.addUser(name);
  await configureProfile(world, user, name, { mfaProcess: true });
  const result = await world.cli(["credential-process", "--profile", name]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result;
}

describe("private files of mfa-session", () => {
  it("keeps the cache as 0600 files in 0700 folders after a real credential-process run", async () => {
    await signIn("perm");
    expect(mode(cacheDir)).toBe(0o700);
    const all = modes(cacheDir);
    expect(all.filter((entry) => !entry.dir).length).toBeGreaterThan(0);
    for (const entry of all) expect({ path: entry.path, mode: entry.mode }).toEqual({ path: entry.path, mode: entry.dir ? 0o700 : 0o600 });
    console.log(`cache after a run: ${all.filter((e) => e.dir).length} folders 0700, ${all.filter((e) => !e.dir).length} files 0600`);
    await world.assertClean(["perm"]);
  });

  it("refuses a cache folder others can write to, says how to fix it, and leaves it as it is", async () => {
    await signIn("groupw");
    chmodSync(cacheDir, 0o770);
    try {
      const result = await world.cli(["credential-process", "--profile", "groupw"]);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe(`mfa-session: The folder ${cacheDir} is writable by other users, so mfa-session will not use it. Fix it with: chmod 700 '${cacheDir}'\n`);
      expect(mode(cacheDir)).toBe(0o770); // not silently "fixed": the person sees it and decides
      const status = await world.cli(["status"]);
      expect(status.code).toBe(1);
      expect(status.stderr).toContain("writable by other users");
    } finally {
      chmodSync(cacheDir, 0o700);
    }
  });

  it("tightens a cache folder others may only read on the next write (no secret was exposed to writers)", async () => {
    chmodSync(cacheDir, 0o755);
    await signIn("groupr");
    expect(mode(cacheDir)).toBe(0o700);
  });

  it("refuses a cache file replaced by a symlink, without following it or touching its target", async () => {
    await signIn("linked");
    const entryName = readdirSync(cacheDir).find((name) => {
      if (!/^[a-f0-9]{64}\.json$/.test(name)) return false;
      return (JSON.parse(readFileSync(join(cacheDir, name), "utf8")) as { meta: { profile: string } }).meta.profile === "linked";
    })!;
    const entryPath = join(cacheDir, entryName);
    // The target: a valid-looking entry with planted credentials, owned by us and 0600.
    const planted = readFileSync(entryPath, "utf8").replace(/"accessKeyId":"[^"]+"/, '"accessKeyId":"ASIAPLANTED000000000"');
    const target = join(world.home, "planted.json");
    writeFileSync(target, planted, { mode: 0o600 });
    const before = statSync(target);
    renameSync(entryPath, join(world.home, "original-entry.json"));
    symlinkSync(target, entryPath);

    const result = await world.cli(["credential-process", "--profile", "linked", "--no-prompt"]);
    const after = statSync(target);
    console.log(`symlinked cache file: exit ${result.code} ${result.stderr.trim()}; target unchanged: ${readFileSync(target, "utf8") === planted}`);
    expect(result.stdout).not.toContain("ASIAPLANTED");
    expect(readFileSync(target, "utf8")).toBe(planted);
    expect({ mode: after.mode, mtimeMs: after.mtimeMs, ino: after.ino }).toEqual({ mode: before.mode, mtimeMs: before.mtimeMs, ino: before.ino });
    // The link itself is removed (or replaced by a new private file), never left to be followed later.
    const now = lstatSync(entryPath, { throwIfNoEntry: false });
    expect(now?.isSymbolicLink() ?? false).toBe(false);
    if (result.code === 0) expect(mode(entryPath)).toBe(0o600);
    else expect(result.stderr).toMatch(/^mfa-session: /);
  }, 90_000); // the code mfa_process prints was just spent by signIn: it waits for the next one (up to 31 s)

  it("writes a device seed file 0600 even under umask 000", async () => {
    const admin = await addAdminProfile(world, "permadmin");
    world.sandbox.admin.createUser({ userName: "seedperm", requireMfa: false, withAccessKey: false });
    const outfile = join(world.home, "seedperm.txt");
    const result = await world.run("/bin/sh", ["-c", `umask 000 && exec "${process.execPath}" "${CLI}" device create --name seedperm --outfile "${outfile}" --bootstrap-method Base32StringSeed --profile ${admin}`]);
    expect(result.code, result.stderr).toBe(0);
    addSeed(world.secrets, readFileSync(outfile, "utf8").trim());
    expect(mode(outfile)).toBe(0o600);
    const png = join(world.home, "seedperm.png");
    world.sandbox.admin.createUser({ userName: "seedperm2", requireMfa: false, withAccessKey: false });
    const qr = await world.run("/bin/sh", ["-c", `umask 000 && exec "${process.execPath}" "${CLI}" device create --name seedperm2 --outfile "${png}" --profile ${admin}`]);
    expect(qr.code, qr.stderr).toBe(0);
    expect(mode(png)).toBe(0o600);
  });
});
