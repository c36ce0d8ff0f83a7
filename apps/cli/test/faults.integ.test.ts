// Faults on STS GetSessionToken, injected by the sandbox, seen through the built credential_process:
// throttling and 5xx are retried (attempts counted on the server) and then succeed; a dropped
// connection and a hung endpoint end with a clear message naming the endpoint, exit 1, well inside
// Go's 60 s credential_process limit, and leave nothing half-written in the cache folder.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
let user: MfaUser;
let users = 0;
const cacheDir = process.env.MFA_SESSION_CACHE_DIR!;
/** GetSessionToken requests the sandbox received (each one passes through the fault injector once). */
/** GetSessionToken requests before the current test: `attempts()` counts the test's own. */
let callsBefore = 0;
const attempts = (): number => world.stsCalls() - callsBefore;

beforeAll(async () => {
  world = await startMfaWorld();
  user = await world.addUser("faulty");
  await configureProfile(world, user, "faulty", { mfaProcess: true });
});
beforeEach(() => {
  callsBefore = world.stsCalls();
  world.sandbox.faults.clear();
  rmSync(cacheDir, { recursive: true, force: true });
});
afterEach(async () => {
  world.sandbox.faults.clear();
  await world.assertClean();
});
afterAll(async () => {
  await world?.stop();
});

/** Every file under the cache folder, relative, with the used-code records apart. */
function cacheFiles(): { sessions: string[]; temps: string[]; all: string[] } {
  const all: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else all.push(relative(cacheDir, path));
    }
  };
  walk(cacheDir);
  return {
    all,
    sessions: all.filter((path) => !path.includes("/") && path.endsWith(".json")),
    temps: all.filter((path) => path.endsWith(".tmp") || /\.tmp\b/.test(path)),
  };
}

/** Each success needs a code its device has not used yet: a fresh user and profile per test. */
async function freshProfile(): Promise<string> {
  users += 1;
  const profile = `faulty${users}`;
  user = await world.addUser(profile);
  await configureProfile(world, user, profile, { mfaProcess: true });
  return profile;
}

async function credentialProcess(profile = "faulty", timeoutMs = 58_000) {
  return world.cli(["credential-process", "--profile", profile], { timeoutMs });
}

describe("credential-process under STS faults", () => {
  it("retries GetSessionToken through throttling with backoff, then succeeds", async () => {
    const profile = await freshProfile();
    world.sandbox.faults.set({ action: "GetSessionToken", kind: "throttle", times: 2 });
    const result = await credentialProcess(profile);
    console.log(`throttle x2: ${attempts()} GetSessionToken attempts, ${Math.round(result.durationMs)} ms`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ Version: 1 });
    expect(attempts()).toBe(3);
    expect(world.codesAsked(user)).toBe(1); // a retry reuses the code; it does not ask again
    expect(cacheFiles().sessions).toHaveLength(1);
    await world.assertClean([profile]);
  });

  it.each([500, 503])("retries GetSessionToken through a %i answer, then succeeds", async (status) => {
    const profile = await freshProfile();
    world.sandbox.faults.set({ action: "GetSessionToken", kind: "error", status, times: 2 });
    const result = await credentialProcess(profile);
    console.log(`${status} x2: ${attempts()} GetSessionToken attempts, ${Math.round(result.durationMs)} ms`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(attempts()).toBe(3);
    expect(world.codesAsked(user)).toBe(1);
    await world.assertClean([profile]);
  });

  it("gives up after the SDK's attempts when throttling lasts, with a try-later message and no entry", async () => {
    world.sandbox.faults.set({ action: "GetSessionToken", kind: "throttle" });
    const result = await credentialProcess();
    console.log(`throttle forever: ${attempts()} attempts, exit ${result.code}, ${Math.round(result.durationMs)} ms`);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^mfa-session: Profile faulty.*(throttl|rate|try again)/i);
    expect(attempts()).toBe(3);
    const files = cacheFiles();
    expect(files.sessions).toEqual([]);
    expect(files.temps).toEqual([]);
  });

  it("ends a dropped connection with a message naming the endpoint, exit 1, nothing cached", async () => {
    world.sandbox.faults.set({ action: "GetSessionToken", kind: "drop" });
    const result = await credentialProcess();
    console.log(`drop: ${attempts()} attempts, exit ${result.code}, ${Math.round(result.durationMs)} ms`);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`could not reach ${world.sandbox.endpoint.replace(/\/$/, "")}`);
    expect(result.durationMs).toBeLessThan(55_000);
    const files = cacheFiles();
    expect(files.sessions).toEqual([]);
    expect(files.temps).toEqual([]);
  });

  it("ends a hung endpoint (latency beyond the client timeout) within Go's 60 s limit, exit 1, nothing cached", async () => {
    world.sandbox.faults.set({ action: "GetSessionToken", kind: "latency", latencyMs: 120_000 });
    const result = await credentialProcess();
    console.log(`hung endpoint: ${attempts()} attempts, exit ${result.code}, ${Math.round(result.durationMs)} ms (bound 55000)`);
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^mfa-session: Profile faulty.*could not reach .*timed out/);
    expect(result.stderr).toContain(world.sandbox.endpoint.replace(/^https?:\/\//, "").replace(/\/$/, ""));
    expect(result.durationMs).toBeLessThan(55_000);
    const files = cacheFiles();
    expect(files.sessions).toEqual([]);
    expect(files.temps).toEqual([]);
  }, 70_000);

  it("works again once the fault is gone, and the entry it writes is whole", async () => {
    const profile = await freshProfile();
    const result = await credentialProcess(profile);
    expect(result.code).toBe(0);
    const [entry] = cacheFiles().sessions;
    expect(JSON.parse(readFileSync(join(cacheDir, entry!), "utf8"))).toMatchObject({ format: "mfa-session-cache" });
    await world.assertClean([profile]);
  });
});
