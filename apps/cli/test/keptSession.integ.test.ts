// Nothing lost once STS has answered, end to end: the built credential_process gets an MFA session from
// the sandbox, then cannot write it to the cache (a folder where the session file belongs, made by
// mfa_process after the checks that run before the code is asked for). It still prints the credentials,
// exits 0 and says on stderr what to fix.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { getSessionCacheKeys, loadProfile } from "@mfa-session/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
let user: MfaUser;
const cacheDir = process.env.MFA_SESSION_CACHE_DIR!;

beforeAll(async () => {
  world = await startMfaWorld();
  user = await world.addUser("kept");
  await configureProfile(world, user, "kept");
});

afterAll(async () => {
  await world?.stop();
});

describe("credential-process when the cache cannot be written after STS answered", () => {
  it("prints the credentials of the GetSessionToken that succeeded, exits 0 and warns on stderr", async () => {
    const keys = getSessionCacheKeys(await loadProfile({ profile: "kept", env: world.env, homedir: world.home }));
    const blocked = join(cacheDir, `${keys.mfaSession}.json`);
    const script = join(world.home, "seeds", "kept-then-block.sh");
    writeFileSync(script, `mkdir -p "${blocked}"\nexec ${user.mfaProcess}\n`, { mode: 0o700 });
    await world.setConfig("profile kept", [{ key: "mfa_process", value: `/bin/sh ${script}` }]);
    try {
      const result = await world.cli(["credential-process", "--profile", "kept"], { timeoutMs: 58_000 });
      expect(result.code, result.stderr).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ Version: 1, AccessKeyId: expect.stringMatching(/^ASIA/) });
      expect(world.sandbox.admin.countMfaSessions(user.userName)).toBe(1);
      expect(world.codesAsked(user)).toBe(1);
      expect(result.stderr).toMatch(/^mfa-session: warning: Profile kept: the new session could not be saved in the cache, so the next call will start another\. Could not save the session in the cache \((.+)\): a folder is where a file belongs \(EISDIR\): move the folder away\.\n$/);
      expect(result.stderr).toContain(`(${blocked})`);
    } finally {
      rmSync(blocked, { recursive: true, force: true });
    }
    await world.assertClean();
  }, 90_000);
});
