// `logout` while a credential_process waits for its code (an mfa_process that blocks until a gate file
// appears): the logout wins. The waiting caller still gets its credentials, but no session is left in
// the cache, and logout says that a sign-in was under way. Against the sandbox, through the built CLI.
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;

beforeAll(async () => {
  world = await startMfaWorld();
});

afterAll(async () => {
  await world?.stop();
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 25) {
    if (waited > 30_000) throw new Error("timed out waiting for the code to be asked for");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("logout during a refresh", () => {
  it.each([
    { profile: "dev", logout: ["--profile", "dev"] },
    { profile: "ops", logout: ["--all"] },
  ])("logout $logout while $profile waits for its code leaves no session, and says a sign-in was under way", async ({ profile, logout: args }) => {
    // A user and device of its own per case: a code is accepted once, and both cases may fall in one 30 s step.
    const user: MfaUser = await world.addUser(`leaving-${profile}`);
    await configureProfile(world, user, profile);
    const gate = join(world.home, `gate-${profile}`);
    const asked = join(world.home, `asked-${profile}`);
    const script = join(world.home, `blocking-code-${profile}.sh`);
    writeFileSync(script, `: > "${asked}"\nwhile [ ! -e "${gate}" ]; do sleep 0.05; done\nexec "${process.execPath}" "${CLI}" totp --seed-file "${user.seedFile}"\n`, { mode: 0o700 });
    await world.setConfig(`profile ${profile}`, [{ key: "mfa_process", value: `/bin/sh ${script}` }]);

    const refresh = world.cli(["credential-process", "--profile", profile], { timeoutMs: 58_000 });
    await waitFor(() => existsSync(asked));
    const logout = await world.cli(["logout", ...args]);
    writeFileSync(gate, "");
    const result = await refresh;

    // It asked before the logout: it gets what it asked for.
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ Version: 1, AccessKeyId: expect.stringMatching(/^ASIA/) });
    // But nothing is kept: the next call needs a code again.
    expect((await world.cli(["status"])).stdout).toContain("No cached sessions.");
    expect(logout.code, logout.stderr).toBe(0);
    expect(logout.stdout).toMatch(/^No cached sessions to remove\. A sign-in .*under way \(process \d+\).* will not be cached/);
    await world.assertClean();
  }, 90_000);
});
