// `status --profile P` lists the sessions that would serve P, found by P's cache keys rather than by
// the name of the profile that happened to create them: two profiles on the same keys and device
// share one MFA session.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentCode } from "./support/codes.js";
import { configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
let user: MfaUser;
beforeAll(async () => {
  world = await startMfaWorld();
  user = await world.addUser("shared-user");
  await configureProfile(world, user, "a");
  await configureProfile(world, user, "dev");
});
afterAll(async () => {
  await world?.assertClean(["a", "dev"]);
  await world?.stop();
});

describe("status --profile", () => {
  it("shows the session profile a created to profile dev, which it serves (same keys and device)", async () => {
    const code = currentCode(user.seed);
    world.secrets.codes.add(code);
    const login = await world.cli(["login", "--profile", "a", "--token-code", code]);
    expect(login.code).toBe(0);
    // dev is answered from that session without a code: the cache is what serves it.
    expect((await world.cli(["credential-process", "--profile", "dev", "--no-prompt"], { detached: true })).code).toBe(0);

    const table = await world.cli(["status", "--profile", "dev"]);
    expect(table.code).toBe(0);
    expect(table.stdout).not.toContain("No cached sessions");
    expect(table.stdout).toContain(user.mfaSerial);
    const json = JSON.parse((await world.cli(["status", "--profile", "dev", "--json"])).stdout) as { sessions: Array<{ kind: string; mfaSerial?: string }> };
    expect(json.sessions.map(({ kind, mfaSerial }) => ({ kind, mfaSerial }))).toEqual([{ kind: "mfa-session", mfaSerial: user.mfaSerial }]);
  });

  it("says a profile that does not exist is unknown, instead of listing nothing", async () => {
    const result = await world.cli(["status", "--profile", "nosuch"]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("nosuch");
  });
});
