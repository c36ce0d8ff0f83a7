import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFailedAttemptStore } from "../cache/failedAttemptStore.js";
import { createSessionCache } from "../cache/fileSessionCache.js";
import { createUsedCodeStore } from "../cache/usedCodeStore.js";
import { createFileLocker } from "../lock/fileLock.js";
import { silentLogger, systemClock } from "../ports/ports.js";
import { getAskedBy } from "../prompt/getAskedBy.js";
import { refreshProfileCredentials } from "./refreshProfileCredentials.js";
import { createFakeSts } from "./testing/createFakeSts.js";
import { makeProfile } from "./testing/makeProfile.js";
import { waitForSignInUnderWay } from "./waitForSignInUnderWay.js";

/** A cache folder shared by a holder (the session engine, in this process) and a waiter. */
function world() {
  const cacheDir = mkdtempSync(join(tmpdir(), "mfa-session-under-way-"));
  const env = { MFA_SESSION_CACHE_DIR: cacheDir };
  const sts = createFakeSts();
  const profile = makeProfile();
  let answer!: (code: string) => void;
  let fail!: (error: unknown) => void;
  let markAsked!: () => void;
  const asked = new Promise<void>((resolve) => (markAsked = resolve));
  const codeProvider = () => {
    markAsked();
    return new Promise<string>((resolve, reject) => ((answer = resolve), (fail = reject)));
  };
  const holder = () =>
    refreshProfileCredentials({
      profile, codeProvider, interactive: false,
      loadSourceCredentials: async () => ({ accessKeyId: "AKIABASE", secretAccessKey: "base-secret" }),
      getClients: async () => sts.clients,
      cache: createSessionCache({ dir: cacheDir }),
      usedCodes: createUsedCodeStore({ dir: join(cacheDir, "used-codes") }),
      locker: createFileLocker({ dir: join(cacheDir, "locks") }),
      failedAttempts: createFailedAttemptStore({ dir: cacheDir }),
      askedBy: getAskedBy(["tty"], undefined), clock: systemClock, logger: silentLogger,
    });
  const waiter = (startedAt = Date.now(), extra: { timeoutMs?: number; appSources?: ("tty" | "token")[] } = {}) =>
    waitForSignInUnderWay({ profile, env, homedir: "/nonexistent", appSources: extra.appSources ?? ["tty"], startedAt, ...(extra.timeoutMs ? { timeoutMs: extra.timeoutMs } : {}) });
  return { cacheDir, sts, profile, asked, holder, waiter, answer: (code: string) => answer(code), fail: (error: unknown) => fail(error) };
}

describe(waitForSignInUnderWay.name, () => {
  it("hands a waiter the session the holder signed in with, without taking the lock or calling STS", async () => {
    const w = world();
    const holding = w.holder();
    await w.asked;
    const waiting = w.waiter();
    w.answer("123456");
    const held = await holding;
    expect(await waiting).toEqual({ credentials: held.credentials });
    expect(w.sts.calls).toHaveLength(1);
  });

  it("hands a waiter the holder's failure, word for word, when its code is refused", async () => {
    const w = world();
    w.sts.refusedCodes.add("000000");
    const holding = w.holder().catch((error: unknown) => error);
    await w.asked;
    const waiting = w.waiter();
    w.answer("000000");
    const holderError = (await holding) as Error & { code: string };
    const outcome = await waiting;
    expect(outcome).toHaveProperty("failure");
    const failure = (outcome as { failure: Error & { code: string } }).failure;
    expect([failure.code, failure.message]).toEqual([holderError.code, holderError.message]);
    expect(failure.code).toBe("INVALID_MFA_CODE");
  });

  it("says the caller must sign in itself when nobody holds the lock and nothing is cached", async () => {
    expect(await world().waiter()).toBeUndefined();
  });

  it("takes on a failure recorded after it started though the lock is free already (a slow start)", async () => {
    const w = world();
    const startedAt = Date.now() - 1;
    w.sts.refusedCodes.add("000000");
    const holding = w.holder().catch(() => undefined);
    await w.asked;
    w.answer("000000");
    await holding;
    expect(await w.waiter(startedAt)).toMatchObject({ failure: { code: "INVALID_MFA_CODE" } });
    // Started after the failure, or asked another way (--token-code): it asks anew.
    expect(await w.waiter(Date.now() + 1)).toBeUndefined();
    expect(await w.waiter(startedAt, { appSources: ["token"] })).toBeUndefined();
  });

  it("says the caller must sign in itself when the holder lets go with a failure that is not shared (no network)", async () => {
    const w = world();
    w.sts.failWith = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    const holding = w.holder().catch(() => undefined);
    await w.asked;
    const waiting = w.waiter();
    w.answer("123456");
    await holding;
    expect(await waiting).toBeUndefined();
  });

  it("times out with LOCK_TIMEOUT, as getCredentials would, while the holder still waits for a code", async () => {
    const w = world();
    const holding = w.holder().catch(() => undefined);
    await w.asked;
    expect(await w.waiter(Date.now(), { timeoutMs: 100 })).toMatchObject({ failure: { code: "LOCK_TIMEOUT" } });
    w.fail(new Error("test over"));
    await holding;
  });

  it("looks nothing up for a profile without an MFA device", async () => {
    const w = world();
    const outcome = await waitForSignInUnderWay({ profile: makeProfile({ mfaSerial: undefined }), env: {}, homedir: w.cacheDir, appSources: [], startedAt: Date.now() });
    expect(outcome).toBeUndefined();
  });
});
