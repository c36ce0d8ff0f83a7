// One prompt per attempt, not per caller, end to end: 16 real `mfa-session credential-process` processes
// start at once on a cold cache, and the profile's mfa_process prints a wrong code. The lock holder runs
// mfa_process once and calls GetSessionToken once; the 15 callers that waited on it fail at once with
// its message instead of running mfa_process again. A caller that starts afterwards asks anew.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

const CALLERS = 16;
let world: MfaWorld;
let user: MfaUser;

beforeAll(async () => {
  world = await startMfaWorld();
  user = await world.addUser("wrong");
  await configureProfile(world, user, "wrong");
  // Counts its runs like the user's own mfa_process, but prints a code the device never shows.
  const script = join(world.home, "seeds", "wrong-code.sh");
  writeFileSync(script, `echo asked >> "${user.countFile}"\nprintf 000000\n`, { mode: 0o700 });
  await world.setConfig("profile wrong", [{ key: "mfa_process", value: `/bin/sh ${script}` }]);
});

afterAll(async () => {
  await world?.stop();
});

describe("credential-process when the lock holder's code is refused", () => {
  it(`runs mfa_process once and calls STS once for ${CALLERS} callers, which all fail with the holder's message`, async () => {
    const results = await Promise.all(Array.from({ length: CALLERS }, () => world.cli(["credential-process", "--profile", "wrong"], { timeoutMs: 120_000 })));
    expect(results.map((r) => r.code)).toEqual(Array(CALLERS).fill(1));
    expect(results.map((r) => r.stdout)).toEqual(Array(CALLERS).fill(""));
    expect(new Set(results.map((r) => r.stderr)).size).toBe(1);
    expect(results[0]!.stderr).toMatch(/^mfa-session: Profile wrong: AWS refused the MFA code for /);
    expect(world.codesAsked(user)).toBe(1);
    expect(world.stsCalls()).toBe(1);

    // Started after the failure: a new attempt, so mfa_process runs again.
    const later = await world.cli(["credential-process", "--profile", "wrong"]);
    expect(later.code).toBe(1);
    expect(world.codesAsked(user)).toBe(2);
    expect(world.stsCalls()).toBe(2);
    await world.assertClean();
  }, 180_000);
});
