// One device, two names for its keys (issue 14, item 4): profiles `dev` and `ops` use the same IAM
// user and MFA device through source profiles named `alice` and `alice-old`, so their MFA sessions
// are cached apart and both need a code. Started at once with the user's mfa_process, the second
// used to fail with "code already used": its mfa_process printed the code the first had just spent.
// Now the device's one lock serialises them, and a source that makes a new code every 30 s
// (mfa_process) is asked once more after the next code appears, so both are served.
import { appendFileSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
let user: MfaUser;

beforeAll(async () => {
  world = await startMfaWorld();
  user = await world.addUser("alice", "alice");
  // The same keys under a second name, as after copying a profile.
  const keys = readFileSync(world.credentialsFile, "utf8").split("[alice]")[1]!;
  appendFileSync(world.credentialsFile, `[alice-old]${keys}`);
  await world.setConfig("profile alice-old", [
    { key: "region", value: world.sandbox.region },
    { key: "endpoint_url", value: world.sandbox.endpoint },
  ]);
  await configureProfile(world, user, "dev", { mfaProcess: true });
  await configureProfile(world, { ...user, sourceProfile: "alice-old" }, "ops", { mfaProcess: true });
});

afterAll(async () => {
  await world?.stop();
});

describe("two profiles of one device whose source profiles have different names", () => {
  it("serves both when started at once, each with its own code, none refused", async () => {
    const [dev, ops] = await Promise.all([
      world.cli(["credential-process", "--profile", "dev"], { timeoutMs: 120_000 }),
      world.cli(["credential-process", "--profile", "ops"], { timeoutMs: 120_000 }),
    ]);
    expect([dev.stderr, ops.stderr].join("")).not.toMatch(/already used/);
    expect([dev.code, ops.code]).toEqual([0, 0]);
    expect(JSON.parse(dev.stdout)).toMatchObject({ Version: 1 });
    expect(JSON.parse(ops.stdout)).toMatchObject({ Version: 1 });
    // One GetSessionToken each; mfa_process ran twice for the first code window's spent code at most.
    expect(world.stsCalls()).toBe(2);
    expect(world.codesAsked(user)).toBeLessThanOrEqual(3);
    await world.assertClean(["dev", "ops"]);
  }, 180_000);
});
