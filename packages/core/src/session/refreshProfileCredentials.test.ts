import { chmodSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFailedAttemptStore } from "../cache/failedAttemptStore.js";
import { getCacheDir } from "../cache/getCacheDir.js";
import { createUsedCodeStore } from "../cache/usedCodeStore.js";
import { InvalidMfaCodeError, MfaCodeReusedError } from "../errors/errors.js";
import type { ResolvedProfile } from "../config/ResolvedProfile.js";
import type { MfaCodeProvider, MfaCodeRequest } from "../ports/ports.js";
import { refreshProfileCredentials, type RefreshProfileCredentialsOptions } from "./refreshProfileCredentials.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import { createFakeSts } from "./testing/createFakeSts.js";
import { createFakeClock, createMemoryCache, createMemoryLocker, createMemoryUsedCodes, createRecordingLogger } from "./testing/createFakeStores.js";
import { makeProfile, makeRoleProfile, TEST_MFA_SERIAL } from "./testing/makeProfile.js";

const MINUTE = 60_000;

function setup(codes: string[] = ["123456", "234567", "345678", "456789"]) {
  const clock = createFakeClock();
  const sts = createFakeSts({ serverNow: clock.now });
  const cache = createMemoryCache(clock);
  const usedCodes = createMemoryUsedCodes();
  const locker = createMemoryLocker();
  const failedAttempts = createFailedAttemptStore({ dir: mkdtempSync(join(tmpdir(), "mfa-session-attempts-")) });
  const logger = createRecordingLogger();
  const requests: MfaCodeRequest[] = [];
  const queue = [...codes];
  const codeProvider: MfaCodeProvider = async (request) => {
    requests.push(request);
    const code = queue.shift();
    if (code === undefined) throw new Error("test: no more codes");
    return code;
  };
  let sourceLoads = 0;
  let clientLoads = 0;
  const run = (profile: ResolvedProfile, extra: Partial<RefreshProfileCredentialsOptions> = {}) =>
    refreshProfileCredentials({
      profile,
      loadSourceCredentials: async () => {
        sourceLoads++;
        return profile.source.kind === "static" ? profile.source.credentials : { accessKeyId: "AKIAPROC", secretAccessKey: "s" };
      },
      getClients: async () => {
        clientLoads++;
        return sts.clients;
      },
      codeProvider,
      interactive: true,
      cache,
      usedCodes,
      locker,
      failedAttempts,
      askedBy: "tty",
      clock,
      logger,
      ...extra,
    });
  return { clock, sts, cache, usedCodes, locker, logger, requests, run, counts: () => ({ sourceLoads, clientLoads }) };
}

describe(refreshProfileCredentials.name, () => {
  it("gets an MFA session with the serial, code and duration, then serves it from the cache without STS", async () => {
    const t = setup();
    const first = await t.run(makeProfile({ sessionDurationSeconds: 3600 }));
    expect(first.source).toBe("sts");
    expect(t.sts.calls).toEqual([
      expect.objectContaining({ command: "GetSessionToken", input: { SerialNumber: TEST_MFA_SERIAL, TokenCode: "123456", DurationSeconds: 3600 }, signedBy: "AKIABASE" }),
    ]);
    t.clock.advance(30 * MINUTE);
    const second = await t.run(makeProfile({ sessionDurationSeconds: 3600 }));
    expect(second.source).toBe("cache");
    expect(second.credentials).toEqual(first.credentials);
    expect(t.sts.calls).toHaveLength(1);
    expect(t.requests).toHaveLength(1);
  });

  it("on a cache hit neither loads the source credentials nor the AWS clients", async () => {
    const t = setup();
    await t.run(makeProfile());
    const before = t.counts();
    await t.run(makeProfile());
    expect(t.counts()).toEqual(before);
    // Under the lock, as every caller that missed before it (getCredentials answers a hit without it).
    expect(t.locker.acquired).toHaveLength(2);
  });

  it("refreshes a session with 19 minutes left (15 for SDKs + 5 of clock skew) and keeps one with 21", async () => {
    const t = setup();
    await t.run(makeProfile({ sessionDurationSeconds: 3600 }));
    t.clock.advance(39 * MINUTE); // 21 min left
    expect((await t.run(makeProfile({ sessionDurationSeconds: 3600 }))).source).toBe("cache");
    t.clock.advance(2 * MINUTE); // 19 min left
    const refreshed = await t.run(makeProfile({ sessionDurationSeconds: 3600 }));
    expect(refreshed.source).toBe("sts");
    expect(t.requests.map((r) => r.attempt)).toEqual([1, 1]);
    expect(t.sts.calls.map((c) => c.command)).toEqual(["GetSessionToken", "GetSessionToken"]);
  });

  it("never hands a profile a session of another length made with the same keys and device", async () => {
    const t = setup();
    await t.run(makeProfile());
    const short = await t.run(makeProfile({ name: "short", sessionDurationSeconds: 900 }));
    expect(short.source).toBe("sts");
    expect(t.sts.calls.map((c) => c.input.DurationSeconds)).toEqual([43_200, 900]);
    expect((await t.run(makeProfile({ name: "short", sessionDurationSeconds: 900 }))).source).toBe("cache");
    expect((await t.run(makeProfile())).credentials).not.toEqual(short.credentials);
  });

  it("honours a custom minRemainingMs", async () => {
    const t = setup();
    await t.run(makeProfile({ sessionDurationSeconds: 3600 }));
    t.clock.advance(50 * MINUTE);
    expect((await t.run(makeProfile({ sessionDurationSeconds: 3600 }), { minRemainingMs: 5 * MINUTE })).source).toBe("cache");
  });

  it("uses the Expiration STS returns, not local now + duration, so a skewed local clock is harmless", async () => {
    const t = setup();
    const sts = createFakeSts({ serverNow: () => t.clock.now() - 2 * 60 * MINUTE }); // STS clock 2 h behind ours
    const result = await t.run(makeProfile({ sessionDurationSeconds: 3 * 3600 }), { getClients: async () => sts.clients });
    expect(result.credentials.expiration.getTime()).toBe(t.clock.now() + 60 * MINUTE);
    t.clock.advance(50 * MINUTE); // by STS's Expiration only 10 min remain: refresh
    expect((await t.run(makeProfile({ sessionDurationSeconds: 3 * 3600 }), { getClients: async () => sts.clients })).source).toBe("sts");
  });

  it("assumes a role from the MFA session and caches both", async () => {
    const t = setup();
    const profile = makeRoleProfile("admin", { externalId: "ext-1" });
    const result = await t.run(profile);
    expect(t.sts.calls.map((c) => c.command)).toEqual(["GetSessionToken", "AssumeRole"]);
    const assume = t.sts.calls[1]!;
    expect(assume.signedBy).toBe(t.sts.issued[0]);
    expect(assume.input).toMatchObject({ RoleArn: "arn:aws:iam::123456789012:role/admin", ExternalId: "ext-1" });
    expect(assume.input.TokenCode).toBeUndefined();
    expect(assume.input.RoleSessionName).toMatch(/^mfa-session-\d+$/);
    expect(result.credentials.accessKeyId).toBe(t.sts.issued[1]);
    const keys = getSessionCacheKeys(profile);
    expect(t.cache.entries.get(keys.mfaSession)?.meta).toEqual({ kind: "mfa-session", profile: "admin", mfaSerial: TEST_MFA_SERIAL, sourceProfile: "base" });
    expect(t.cache.entries.get(keys.role!)?.meta).toEqual({
      kind: "role", profile: "admin", mfaSerial: TEST_MFA_SERIAL, roleArn: "arn:aws:iam::123456789012:role/admin", sourceProfile: "base",
    });
  });

  it("refreshes an expiring role from the cached MFA session without asking for a code", async () => {
    const t = setup();
    const profile = makeRoleProfile("admin");
    await t.run(profile);
    t.clock.advance(46 * MINUTE); // role (1 h) has 14 min left, the 12 h MFA session is fine
    const refreshed = await t.run(profile);
    expect(refreshed.source).toBe("sts");
    expect(t.requests).toHaveLength(1);
    expect(t.sts.calls.map((c) => c.command)).toEqual(["GetSessionToken", "AssumeRole", "AssumeRole"]);
    expect(t.counts().sourceLoads).toBe(1);
  });

  it("starts a new MFA session when STS no longer accepts the cached one (a restarted STS)", async () => {
    const t = setup();
    const profile = makeRoleProfile("admin");
    await t.run(profile);
    t.sts.forgetSessions();
    t.clock.advance(50 * MINUTE);
    const result = await t.run(profile);
    expect(result.source).toBe("sts");
    expect(t.sts.calls.map((c) => c.command)).toEqual(["GetSessionToken", "AssumeRole", "AssumeRole", "GetSessionToken", "AssumeRole"]);
    expect(t.requests).toHaveLength(2);
    expect(t.logger.lines.some((line) => line.includes("no longer accepts the cached MFA session"))).toBe(true);
  });

  it("does not retry when AssumeRole is refused for another reason", async () => {
    const t = setup();
    await t.run(makeRoleProfile("admin"));
    const denied = makeRoleProfile("denied");
    t.sts.refuseRole = "arn:aws:iam::123456789012:role/denied";
    await expect(t.run(denied)).rejects.toMatchObject({ code: "ACCESS_DENIED" });
    expect(t.requests).toHaveLength(1);
    expect(t.sts.calls.map((c) => c.command)).toEqual(["GetSessionToken", "AssumeRole", "AssumeRole"]);
  });

  it("serves a second role of the same source and device with the same code", async () => {
    const t = setup();
    await t.run(makeRoleProfile("admin"));
    await t.run(makeRoleProfile("readonly"));
    expect(t.requests).toHaveLength(1);
    expect(t.sts.calls.map((c) => c.command)).toEqual(["GetSessionToken", "AssumeRole", "AssumeRole"]);
  });

  it("caps a chained role at 3600 s and says why", async () => {
    const t = setup();
    await t.run(makeRoleProfile("admin", { durationSeconds: 7200 }));
    expect(t.sts.calls[1]!.input.DurationSeconds).toBe(3600);
    expect(t.logger.lines.some((line) => line.startsWith("info Profile admin: duration_seconds 7200 is capped at 3600"))).toBe(true);
  });

  it("assumes a role directly with the code and the full duration when assumeDirectly is set", async () => {
    const t = setup();
    const profile = makeRoleProfile("long", { assumeDirectly: true, durationSeconds: 14_400 });
    const result = await t.run(profile);
    expect(t.sts.calls).toEqual([
      expect.objectContaining({ command: "AssumeRole", signedBy: "AKIABASE", input: expect.objectContaining({ SerialNumber: TEST_MFA_SERIAL, TokenCode: "123456", DurationSeconds: 14_400 }) }),
    ]);
    expect(t.cache.writes).toEqual([getSessionCacheKeys(profile).role]);
    expect((await t.run(profile)).credentials).toEqual(result.credentials);
    expect(t.sts.calls).toHaveLength(1);
  });

  it("re-checks the cache inside the lock, so concurrent callers share one prompt", async () => {
    const t = setup();
    const results = await Promise.all([t.run(makeRoleProfile("admin")), t.run(makeRoleProfile("admin")), t.run(makeRoleProfile("admin"))]);
    expect(t.requests).toHaveLength(1);
    expect(results.map((r) => r.source)).toEqual(["sts", "cache", "cache"]);
    expect(t.sts.calls.map((c) => c.command)).toEqual(["GetSessionToken", "AssumeRole"]);
  });

  it("ignores the cache on forceRefresh", async () => {
    const t = setup();
    await t.run(makeRoleProfile("admin"));
    const forced = await t.run(makeRoleProfile("admin"), { forceRefresh: true });
    expect(forced.source).toBe("sts");
    expect(t.requests).toHaveLength(2);
  });

  it("asks a person again after an invalid code, 3 tries in all", async () => {
    const t = setup(["111111", "222222", "333333"]);
    t.sts.refusedCodes.add("111111").add("222222").add("333333");
    const error = await t.run(makeProfile()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidMfaCodeError);
    expect((error as Error).message).toContain("refused the MFA code 3 times");
    expect(t.requests.map((r) => [r.attempt, r.previousError])).toEqual([[1, undefined], [2, "invalid"], [3, "invalid"]]);
    expect(t.sts.calls).toHaveLength(3);
    expect(t.cache.writes).toEqual([]);
  });

  it("succeeds on the second try after an invalid code and remembers only the accepted code", async () => {
    const t = setup(["111111", "222222"]);
    t.sts.refusedCodes.add("111111");
    expect((await t.run(makeProfile())).source).toBe("sts");
    expect([...t.usedCodes.used]).toEqual([`${TEST_MFA_SERIAL} 222222`]);
  });

  it("fails at once on an invalid code from a non-interactive provider", async () => {
    const t = setup(["111111", "222222"]);
    t.sts.refusedCodes.add("111111");
    const error = await t.run(makeProfile(), { interactive: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidMfaCodeError);
    expect((error as Error).message).toContain("cannot be asked for again");
    expect(t.requests).toHaveLength(1);
    expect(t.sts.calls).toHaveLength(1);
  });

  it("never sends a 5-digit code to STS", async () => {
    const t = setup(["12345"]);
    const error = await t.run(makeProfile(), { interactive: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidMfaCodeError);
    expect((error as Error).message).not.toContain("12345");
    expect(t.sts.calls).toEqual([]);
  });

  it("asks again instead of sending a code already accepted for the device", async () => {
    const t = setup(["123456", "123456", "654321"]);
    await t.run(makeProfile());
    await t.run(makeProfile({ name: "other", sourceProfile: "other", source: { kind: "static", profile: "other", credentials: { accessKeyId: "AKIAOTHER", secretAccessKey: "x" } } }));
    expect(t.requests.map((r) => [r.attempt, r.previousError])).toEqual([[1, undefined], [1, undefined], [2, "reused"]]);
    expect(t.sts.calls.map((c) => c.input.TokenCode)).toEqual(["123456", "654321"]);
  });

  it("refuses a reused code from a non-interactive provider with the wait until the next code", async () => {
    const t = setup(["482915", "482915"]);
    await t.run(makeProfile());
    t.clock.advance(5_000);
    const error = await t.run(makeProfile(), { forceRefresh: true, interactive: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MfaCodeReusedError);
    const seconds = (error as MfaCodeReusedError).waitSeconds;
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(30);
    expect((error as Error).message).toContain(`wait for the next code (${seconds} s)`);
    expect((error as Error).message).not.toContain("482915");
    expect(t.sts.calls).toHaveLength(1);
  });

  it("asks again when STS says the code was already used, and never offers that code again", async () => {
    const t = setup(["777777", "888888"]);
    t.sts.usedCodes.add("777777");
    expect((await t.run(makeProfile())).source).toBe("sts");
    expect(t.requests.map((r) => r.previousError)).toEqual([undefined, "reused"]);
    expect(t.usedCodes.used.has(`${TEST_MFA_SERIAL} 777777`)).toBe(true);
  });

  it("fails with next steps when no mfa_serial is configured", async () => {
    const t = setup();
    const { mfaSerial: _none, ...withoutSerial } = makeRoleProfile("admin");
    const error = await t.run(withoutSerial).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NO_MFA_DEVICE" });
    expect((error as Error).message).toMatch(/Profile admin: no mfa_serial is configured on profile admin or its source profiles \(admin -> base\): add mfa_serial/);
    expect((error as Error).message).not.toMatch(/mfa-session |--/); // no CLI command: each app words that itself
    expect(error).toMatchObject({ hint: { kind: "add-mfa-serial", profile: "admin", sourceProfile: "base" } });
    expect(t.counts()).toEqual({ sourceLoads: 0, clientLoads: 0 });
  });

  it.skipIf(process.platform === "win32")("refuses a used-codes folder others may write before any prompt or STS call", async () => {
    const t = setup();
    const dir = join(getCacheDir(), `used-codes-${String(Math.random()).slice(2)}`);
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o777);
    const error = await t.run(makeProfile(), { usedCodes: createUsedCodeStore({ dir, clock: t.clock }) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CACHE_UNSAFE" });
    expect((error as Error).message).toContain("chmod 700");
    expect(t.requests).toHaveLength(0);
    expect(t.sts.calls).toHaveLength(0);
  });

  it("checks that the cache can be written before any prompt or STS call", async () => {
    const t = setup();
    const refused = Object.assign(new Error("EROFS: read-only file system, access '/ro/cache'"), { code: "EROFS", path: "/ro/cache" });
    const cache = { ...t.cache, prepare: async () => Promise.reject(refused) };
    const error = await t.run(makeProfile(), { cache }).catch((e: unknown) => e);
    expect(error).toBe(refused);
    expect(t.requests).toHaveLength(0);
    expect(t.sts.calls).toHaveLength(0);
  });

  it("returns the credentials STS gave when the cache write fails afterwards (a full disk), with a warning that says what to do", async () => {
    const t = setup();
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
    const cache = { ...t.cache, write: async () => Promise.reject(full) };
    const result = await t.run(makeRoleProfile("admin"), { cache });
    expect(result.source).toBe("sts");
    expect(result.credentials.accessKeyId).toBe(t.sts.issued[1]);
    const warnings = t.logger.lines.filter((line) => line.startsWith("warn "));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warn Profile admin: .*the disk is full \(ENOSPC\): free some space and run it again\.$/);
    expect(warnings[0]).not.toContain(result.credentials.secretAccessKey);
  });
});
