import { describe, expect, it } from "vitest";
import { listSessions } from "./listSessions.js";
import { removeSessions } from "./removeSessions.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import { createFakeClock, createMemoryCache } from "./testing/createFakeStores.js";
import { makeProfile, makeRoleProfile, TEST_MFA_SERIAL } from "./testing/makeProfile.js";

const MINUTE = 60_000;

function setup() {
  const clock = createFakeClock();
  const cache = createMemoryCache(clock);
  const creds = (minutes: number) => ({
    accessKeyId: "ASIAX", secretAccessKey: "very-secret", sessionToken: "very-token", expiration: new Date(clock.now() + minutes * MINUTE),
  });
  return { clock, cache, creds };
}

describe(listSessions.name, () => {
  it("lists entries with time left and no secret", async () => {
    const { clock, cache, creds } = setup();
    await cache.write("k1", { kind: "mfa-session", profile: "base", mfaSerial: TEST_MFA_SERIAL, sourceProfile: "base" }, creds(30));
    await cache.write("k2", { kind: "role", profile: "admin", roleArn: "arn:r", sourceProfile: "base" }, creds(-5));
    const sessions = await listSessions({ cache, clock });
    expect(sessions.map((s) => [s.profile, s.kind, s.remainingMs, s.expired])).toEqual([
      ["admin", "role", 0, true],
      ["base", "mfa-session", 30 * MINUTE, false],
    ]);
    expect(JSON.stringify(sessions)).not.toMatch(/very-secret|very-token|ASIAX/);
  });
});

describe(`${listSessions.name} for a profile`, () => {
  it("finds the sessions that would serve the profile by its cache keys, whoever created them", async () => {
    const { clock, cache, creds } = setup();
    // a and dev: the same keys and device, so one MFA session serves both; a created it.
    const dev = makeProfile({ name: "dev", chain: ["dev", "base"] });
    const admin = makeRoleProfile("admin");
    await cache.write(getSessionCacheKeys(makeProfile({ name: "a", chain: ["a", "base"] })).mfaSession, { kind: "mfa-session", profile: "a", sourceProfile: "base" }, creds(60));
    await cache.write(getSessionCacheKeys(admin).role!, { kind: "role", profile: "admin", sourceProfile: "base" }, creds(50));
    await cache.write("stale", { kind: "mfa-session", profile: "dev", sourceProfile: "base" }, creds(30));
    const forDev = await listSessions({ cache, clock, forProfile: dev });
    expect(forDev.map((s) => [s.profile, s.kind])).toEqual([["a", "mfa-session"]]);
    // A role profile is served by its role session and by the MFA session it makes role sessions from.
    expect((await listSessions({ cache, clock, forProfile: admin })).map((s) => [s.profile, s.kind])).toEqual([["a", "mfa-session"], ["admin", "role"]]);
  });

  it("leaves out the MFA session for a role assumed directly, and finds nothing for a profile without mfa_serial", async () => {
    const { clock, cache, creds } = setup();
    const direct = makeRoleProfile("direct", { assumeDirectly: true });
    await cache.write(getSessionCacheKeys(direct).mfaSession, { kind: "mfa-session", profile: "a", sourceProfile: "base" }, creds(60));
    await cache.write(getSessionCacheKeys(direct).role!, { kind: "role", profile: "direct", sourceProfile: "base" }, creds(60));
    expect((await listSessions({ cache, clock, forProfile: direct })).map((s) => s.kind)).toEqual(["role"]);
    expect(await listSessions({ cache, clock, forProfile: makeProfile({ mfaSerial: undefined }) })).toEqual([]);
  });
});

describe(removeSessions.name, () => {
  it("removes one profile's entries, including the MFA session it uses, and keeps the others", async () => {
    const { clock, cache, creds } = setup();
    const admin = makeRoleProfile("admin");
    const keys = getSessionCacheKeys(admin);
    await cache.write(keys.mfaSession, { kind: "mfa-session", profile: "readonly", sourceProfile: "base" }, creds(60));
    await cache.write(keys.role!, { kind: "role", profile: "admin", sourceProfile: "base" }, creds(60));
    await cache.write("other", { kind: "mfa-session", profile: "dev", sourceProfile: "dev" }, creds(60));
    const removed = await removeSessions({ cache, clock, profile: admin });
    expect(removed.map((s) => s.key).sort()).toEqual([keys.mfaSession, keys.role!].sort());
    expect([...cache.entries.keys()]).toEqual(["other"]);
  });

  it("removes exactly what status --profile shows: a role assumed directly keeps another profile's MFA session", async () => {
    const { clock, cache, creds } = setup();
    const direct = makeRoleProfile("direct", { assumeDirectly: true });
    const keys = getSessionCacheKeys(direct);
    await cache.write(keys.mfaSession, { kind: "mfa-session", profile: "a", sourceProfile: "base" }, creds(60));
    await cache.write(keys.role!, { kind: "role", profile: "direct", sourceProfile: "base" }, creds(60));
    const shown = (await listSessions({ cache, clock, forProfile: direct })).map((s) => s.key);
    expect((await removeSessions({ cache, clock, profile: direct })).map((s) => s.key)).toEqual(shown);
    expect([...cache.entries.keys()]).toEqual([keys.mfaSession]);
  });

  it("removes everything without a profile", async () => {
    const { clock, cache, creds } = setup();
    await cache.write("a", { kind: "mfa-session", profile: "a", sourceProfile: "a" }, creds(60));
    await cache.write("b", { kind: "mfa-session", profile: "b", sourceProfile: "b" }, creds(60));
    expect(await removeSessions({ cache, clock })).toHaveLength(2);
    expect(cache.entries.size).toBe(0);
  });
});
