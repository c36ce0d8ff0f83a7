import { describe, expect, it } from "vitest";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import { readCachedSession } from "./readCachedSession.js";
import { createFakeClock, createMemoryCache, createRecordingLogger } from "./testing/createFakeStores.js";
import { makeProfile, makeRoleProfile } from "./testing/makeProfile.js";

const MINUTE = 60_000;
const credentials = (minutes: number, now: number) => ({ accessKeyId: "ASIACACHED", secretAccessKey: "s", sessionToken: "t", expiration: new Date(now + minutes * MINUTE) });

describe(readCachedSession.name, () => {
  it("answers a role profile with its role session only, never with the MFA session it was made from", async () => {
    const clock = createFakeClock();
    const cache = createMemoryCache(clock);
    const profile = makeRoleProfile("admin");
    await cache.write(getSessionCacheKeys(profile).mfaSession, { kind: "mfa-session", profile: "base", sourceProfile: "base" }, credentials(600, clock.now()));
    expect(await readCachedSession(profile, { cache, nowMs: clock.now() })).toBeUndefined();
    await cache.write(getSessionCacheKeys(profile).role!, { kind: "role", profile: "admin", sourceProfile: "base" }, credentials(60, clock.now()));
    expect((await readCachedSession(profile, { cache, nowMs: clock.now() }))?.meta.kind).toBe("role");
  });

  it("hands out an entry only while it is fresh, and says so in the debug log", async () => {
    const clock = createFakeClock();
    const cache = createMemoryCache(clock);
    const logger = createRecordingLogger();
    const profile = makeProfile();
    await cache.write(getSessionCacheKeys(profile).mfaSession, { kind: "mfa-session", profile: "base", sourceProfile: "base" }, credentials(60, clock.now()));
    expect(await readCachedSession(profile, { cache, nowMs: clock.now(), logger })).toBeDefined();
    expect(logger.lines).toEqual(["debug Profile base: using cached mfa-session credentials (60 min left)."]);
    expect(await readCachedSession(profile, { cache, nowMs: clock.now() + 41 * MINUTE })).toBeUndefined();
  });

  it("has nothing for a profile without an MFA device", async () => {
    const clock = createFakeClock();
    const cache = createMemoryCache(clock);
    const { mfaSerial: _none, ...noDevice } = makeProfile();
    await cache.write(getSessionCacheKeys(noDevice).mfaSession, { kind: "mfa-session", profile: "base", sourceProfile: "base" }, credentials(60, clock.now()));
    expect(await readCachedSession(noDevice, { cache, nowMs: clock.now() })).toBeUndefined();
  });
});
