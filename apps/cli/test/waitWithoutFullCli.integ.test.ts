// A caller whose cache misses while another process signs in for the same device waits for that
// sign-in's outcome in the small sign-in-wait chunk, without loading the full CLI (its prompts, the
// session engine, the AWS SDK): in a burst only the holder pays for it. Proved by running the waiters
// from a copy of dist/ without the full CLI (cli.mjs removed): they could not start it if they tried.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runProcess } from "./support/runProcess.js";
import { CLI, configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

const WAITERS = 6;
let world: MfaWorld;
let user: MfaUser;
let bareCli: string;

beforeAll(async () => {
  world = await startMfaWorld();
  user = await world.addUser("burst");
  await configureProfile(world, user, "burst");
  const dist = join(mkdtempSync(join(tmpdir(), "mfa-session-bare-dist-")), "dist");
  cpSync(dirname(CLI), dist, { recursive: true });
  rmSync(join(dist, "cli.mjs"));
  bareCli = join(dist, "mfa-session.js");
});

afterAll(async () => {
  await world?.stop();
});

/** An mfa_process that waits until `release` exists, then prints `code` (or the device's code). */
async function holdTheLock(profile: string, code: string | undefined): Promise<{ release: () => void; marker: string }> {
  const marker = join(world.home, `release-${Math.random().toString(36).slice(2)}`);
  const script = join(world.home, "seeds", `slow-${profile}.sh`);
  const print = code === undefined ? `exec "${process.execPath}" "${CLI}" totp --seed-file "${user.seedFile}"` : `printf ${code}`;
  writeFileSync(script, `echo asked >> "${user.countFile}"\nwhile [ ! -e "${marker}" ]; do sleep 0.05; done\n${print}\n`, { mode: 0o700 });
  await world.setConfig(`profile ${profile}`, [{ key: "mfa_process", value: `/bin/sh ${script}` }]);
  return { marker, release: () => writeFileSync(marker, "") };
}

async function untilAsked(count: number): Promise<void> {
  for (let waited = 0; world.codesAsked(user) < count; waited += 50) {
    if (waited > 60_000) throw new Error("mfa_process never ran");
    await sleep(50);
  }
}

describe("credential-process while another process signs in for the same device", () => {
  it("hands every waiter the holder's session without the full CLI", async () => {
    const { release } = await holdTheLock("burst", undefined);
    const holder = world.cli(["credential-process", "--profile", "burst"], { timeoutMs: 120_000 });
    await untilAsked(1);
    const waiters = Array.from({ length: WAITERS }, () => runProcess(process.execPath, [bareCli, "credential-process", "--profile", "burst"], { env: world.env, timeoutMs: 120_000 }));
    await sleep(500); // the waiters are waiting on the lock
    release();
    const held = await holder;
    expect(held.code).toBe(0);
    const results = await Promise.all(waiters);
    expect(results.map((r) => [r.code, r.stderr])).toEqual(Array(WAITERS).fill([0, ""]));
    expect(new Set(results.map((r) => JSON.parse(r.stdout).AccessKeyId))).toEqual(new Set([JSON.parse(held.stdout).AccessKeyId]));
    expect(world.codesAsked(user)).toBe(1);
    expect(world.stsCalls()).toBe(1);
  }, 180_000);

  it("fails every waiter with the holder's message and exit status when its code is refused, without the full CLI", async () => {
    await world.cli(["logout", "--all"]);
    const asked = world.codesAsked(user);
    const stsBefore = world.stsCalls();
    const { release } = await holdTheLock("burst", "000000");
    const holder = world.cli(["credential-process", "--profile", "burst"], { timeoutMs: 120_000 });
    await untilAsked(asked + 1);
    const waiters = Array.from({ length: WAITERS }, () => runProcess(process.execPath, [bareCli, "credential-process", "--profile", "burst"], { env: world.env, timeoutMs: 120_000 }));
    await sleep(500);
    release();
    const held = await holder;
    expect(held.code).toBe(1);
    expect(held.stderr).toMatch(/^mfa-session: Profile burst: AWS refused the MFA code for /);
    const results = await Promise.all(waiters);
    expect(results.map((r) => [r.code, r.stdout, r.stderr]), JSON.stringify(results.map((r) => r.stderr.slice(0, 300)))).toEqual(Array(WAITERS).fill([1, "", held.stderr]));
    expect(world.codesAsked(user)).toBe(asked + 1);
    expect(world.stsCalls()).toBe(stsBefore + 1);
    await world.assertClean();
  }, 180_000);
});
