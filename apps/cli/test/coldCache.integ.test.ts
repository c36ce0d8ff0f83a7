// One prompt for many callers, end to end: 32 real `mfa-session credential-process` processes start at
// once on a cold cache against the sandbox. Exactly one asks for a code (mfa_process counts its runs),
// STS issues exactly one MFA session, and all 32 print the same credentials.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
let user: MfaUser;

beforeAll(async () => {
  world = await startMfaWorld();
  user = await world.addUser("crowd");
  await configureProfile(world, user, "crowd", { mfaProcess: true });
});

afterAll(async () => {
  await world?.stop();
});

describe("credential-process on a cold cache", () => {
  it("prompts once and calls STS once when 32 processes start at the same moment", async () => {
    const results = await Promise.all(Array.from({ length: 32 }, () => world.cli(["credential-process", "--profile", "crowd"], { timeoutMs: 120_000 })));
    expect(results.map((r) => r.code)).toEqual(Array(32).fill(0));
    const keys = new Set(results.map((r) => (JSON.parse(r.stdout) as { AccessKeyId: string }).AccessKeyId));
    expect(keys.size).toBe(1);
    expect(world.codesAsked(user)).toBe(1);
    expect(world.sandbox.admin.countMfaSessions(user.userName)).toBe(1);
    await world.assertClean(["crowd"]);
  }, 180_000);
});
