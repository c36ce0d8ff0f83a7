import { describe, expect, it } from "vitest";
import type { SessionCacheMeta } from "../cache/SessionCache.js";
import { keepNoSessionAfterSignOut } from "./keepNoSessionAfterSignOut.js";
import { createFakeClock, createMemoryCache, createRecordingLogger } from "./testing/createFakeStores.js";

const key = "a".repeat(64);
const meta: SessionCacheMeta = { kind: "mfa-session", profile: "dev", sourceProfile: "base" };
const credentials = { accessKeyId: "ASIA1", secretAccessKey: "s", sessionToken: "t", expiration: new Date(Date.UTC(2026, 0, 16)) };

describe(keepNoSessionAfterSignOut.name, () => {
  it("keeps what it writes when no logout ran since it started, even after an earlier one", async () => {
    const clock = createFakeClock();
    const cache = createMemoryCache(clock);
    await cache.recordSignOut({ all: true });
    clock.advance(1);
    await keepNoSessionAfterSignOut(cache, clock, createRecordingLogger()).write(key, meta, credentials);
    expect([...cache.entries.keys()]).toEqual([key]);
  });

  it("writes nothing, and says so once, after a logout covering the entry", async () => {
    const clock = createFakeClock();
    const cache = createMemoryCache(clock);
    const logger = createRecordingLogger();
    const guarded = keepNoSessionAfterSignOut(cache, clock, logger);
    clock.advance(1_000);
    await cache.recordSignOut({ keys: [], profiles: ["dev"] });
    await guarded.write(key, meta, credentials);
    await guarded.write("b".repeat(64), { ...meta, kind: "role" }, credentials);
    expect(cache.writes).toEqual([]);
    expect(logger.lines).toEqual(["info Profile dev: signed out while this sign-in was under way, so its session is not kept."]);
    await guarded.write("c".repeat(64), { ...meta, profile: "ops", sourceProfile: "ops-keys" }, credentials);
    expect(cache.writes).toEqual(["c".repeat(64)]);
  });

  it("removes its entry again when the logout ran while it was writing", async () => {
    const clock = createFakeClock();
    const cache = createMemoryCache(clock);
    const write = cache.write;
    cache.write = async (...args) => {
      await write(...args);
      clock.advance(1);
      await cache.recordSignOut({ all: true }); // the logout lists the cache before this write lands
    };
    await keepNoSessionAfterSignOut(cache, clock, createRecordingLogger()).write(key, meta, credentials);
    expect([...cache.entries.keys()]).toEqual([]);
  });
  it("counts from when its caller began, when told: a logout after that start wins too", async () => {
    const clock = createFakeClock();
    const cache = createMemoryCache(clock);
    const began = clock.now();
    clock.advance(1_000);
    await cache.recordSignOut({ all: true });
    clock.advance(1_000);
    await keepNoSessionAfterSignOut(cache, clock, createRecordingLogger(), began).write(key, meta, credentials);
    await keepNoSessionAfterSignOut(cache, clock, createRecordingLogger()).write("b".repeat(64), meta, credentials);
    expect([...cache.entries.keys()]).toEqual(["b".repeat(64)]);
  });
});
