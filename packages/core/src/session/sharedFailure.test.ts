import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFailedAttemptStore } from "../cache/failedAttemptStore.js";
import { InvalidMfaCodeError, PromptUnavailableError, UserCancelledError } from "../errors/errors.js";
import type { ResolvedProfile } from "../config/ResolvedProfile.js";
import type { MfaCodeProvider, MfaCodeRequest } from "../ports/ports.js";
import { refreshProfileCredentials, type RefreshProfileCredentialsOptions } from "./refreshProfileCredentials.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import { createSharedFailure } from "./sharedFailure.js";
import { createFakeSts } from "./testing/createFakeSts.js";
import { createFakeClock, createMemoryCache, createMemoryLocker, createMemoryUsedCodes, createRecordingLogger } from "./testing/createFakeStores.js";
import { makeProfile, makeRoleProfile } from "./testing/makeProfile.js";

const MINUTE = 60_000;

/** The session engine with one cache, lock and failed-attempt store, as processes of one machine share them. */
function setup() {
  const clock = createFakeClock();
  const sts = createFakeSts({ serverNow: clock.now });
  const cache = createMemoryCache(clock);
  const locker = createMemoryLocker();
  const dir = mkdtempSync(join(tmpdir(), "mfa-session-attempts-"));
  const failedAttempts = createFailedAttemptStore({ dir });
  const requests: MfaCodeRequest[] = [];
  let answer: MfaCodeProvider = async () => "123456";
  const codeProvider: MfaCodeProvider = async (request) => (requests.push(request), answer(request));
  const run = (profile: ResolvedProfile, extra: Partial<RefreshProfileCredentialsOptions> = {}) =>
    refreshProfileCredentials({
      profile,
      loadSourceCredentials: async () => ({ accessKeyId: "AKIABASE", secretAccessKey: "s" }),
      getClients: async () => sts.clients,
      codeProvider,
      interactive: true,
      cache,
      usedCodes: createMemoryUsedCodes(),
      locker,
      failedAttempts,
      askedBy: "tty",
      clock,
      logger: createRecordingLogger(),
      ...extra,
    });
  const callers = (count: number, profile: ResolvedProfile, extra: Partial<RefreshProfileCredentialsOptions> = {}) =>
    Promise.all(Array.from({ length: count }, () => run(profile, extra).then(() => undefined, (error: unknown) => error as Error)));
  return { dir, clock, sts, cache, failedAttempts, requests, run, callers, answer: (provider: MfaCodeProvider) => void (answer = provider) };
}

describe(createSharedFailure.name, () => {
  it("8 callers and a wrong code: as many prompts and STS calls as one caller, and all fail with its error", async () => {
    const t = setup();
    let next = 100000;
    t.answer(async () => String(next++));
    for (let code = 100000; code < 100024; code++) t.sts.refusedCodes.add(String(code));
    const errors = await t.callers(8, makeProfile());
    expect(t.requests.map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect(t.sts.calls).toHaveLength(3);
    for (const error of errors) {
      expect(error).toBeInstanceOf(InvalidMfaCodeError);
      expect(error).toMatchObject({ code: "INVALID_MFA_CODE", message: errors[0]!.message });
    }
    expect(errors[0]!.message).toContain("refused the MFA code 3 times");
    // What the holder left for them holds the error's words, never a code.
    const [record] = readdirSync(t.dir).map((name) => readFileSync(join(t.dir, name), "utf8"));
    expect(record).toContain("refused the MFA code 3 times");
    expect(record).not.toMatch(/1000\d\d/);
  });

  it("16 callers and a cancelled prompt: one prompt, and all 16 fail with CANCELLED", async () => {
    const t = setup();
    t.answer(async () => Promise.reject(new UserCancelledError("Cancelled in VS Code.")));
    const errors = await t.callers(16, makeProfile());
    expect(t.requests).toHaveLength(1);
    expect(t.sts.calls).toHaveLength(0);
    expect(errors.map((e) => [e instanceof UserCancelledError, (e as UserCancelledError).code, e?.message])).toEqual(Array(16).fill([true, "CANCELLED", "Cancelled in VS Code."]));
  });

  it("hands waiters the holder's 'no way to ask' with its hint, so each app words the next step the same", async () => {
    const t = setup();
    t.answer(async (request) => Promise.reject(new PromptUnavailableError(`No way to ask for an MFA code for profile ${request.profile}`, {
      hint: { kind: "no-code-source", profile: request.profile }, nextStep: "sign in once where a person can type the code",
    })));
    const errors = await t.callers(4, makeProfile());
    expect(t.requests).toHaveLength(1);
    for (const error of errors) {
      expect(error).toBeInstanceOf(PromptUnavailableError);
      expect(error).toMatchObject({
        problem: "No way to ask for an MFA code for profile base", hint: { kind: "no-code-source", profile: "base" },
        message: "No way to ask for an MFA code for profile base: sign in once where a person can type the code.",
      });
    }
  });

  it("asks a caller that arrives after the failure anew, and that success clears the failure", async () => {
    const t = setup();
    t.answer(async () => Promise.reject(new UserCancelledError("Cancelled in VS Code.")));
    await t.callers(3, makeProfile());
    t.clock.advance(1_000);
    t.answer(async () => "123456");
    expect((await t.run(makeProfile())).source).toBe("sts");
    expect(t.requests).toHaveLength(2);
    expect(await t.failedAttempts.read(getSessionCacheKeys(makeProfile()).lockName)).toBeUndefined();
  });

  it("counts a caller from when it began, so a process launched before the failure but slow to reach the lock takes it on", async () => {
    const t = setup();
    const launched = t.clock.now();
    t.clock.advance(2_000);
    t.answer(async () => Promise.reject(new UserCancelledError("Cancelled in VS Code.")));
    await t.callers(1, makeProfile());
    t.clock.advance(500);
    await expect(t.run(makeProfile(), { startedAt: launched })).rejects.toMatchObject({ code: "CANCELLED", message: "Cancelled in VS Code." });
    expect(t.requests).toHaveLength(1);
  });

  it("does not fail a waiter that needs no code: a role from the cached MFA session", async () => {
    const t = setup();
    await t.run(makeRoleProfile("admin"));
    t.clock.advance(46 * MINUTE); // the role (1 h) must be refreshed; the 12 h MFA session is fine
    t.answer(async () => Promise.reject(new UserCancelledError("Cancelled in VS Code.")));
    const [forced, role] = await Promise.allSettled([t.run(makeProfile(), { forceRefresh: true }), t.run(makeRoleProfile("admin"))]);
    expect(forced).toMatchObject({ status: "rejected", reason: { code: "CANCELLED" } });
    expect(role).toMatchObject({ status: "fulfilled", value: { source: "sts" } });
    expect(t.sts.calls.map((c) => c.command)).toEqual(["GetSessionToken", "AssumeRole", "AssumeRole"]);
  });

  it("does not share what is not the asking's outcome (an unreachable STS), nor the holder's own cancellation", async () => {
    const t = setup();
    const down = createFakeSts({ serverNow: t.clock.now });
    down.failWith = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    await t.callers(3, makeProfile(), { getClients: async () => down.clients });
    expect(t.requests).toHaveLength(3);

    const controller = new AbortController();
    t.answer(async () => (controller.abort(), Promise.reject(new UserCancelledError("stopped"))));
    const [holder, waiter] = await Promise.allSettled([t.run(makeProfile(), { signal: controller.signal }), t.run(makeProfile())]);
    expect(holder.status).toBe("rejected");
    expect(waiter.status).toBe("rejected"); // asked for itself: the answer provider here always cancels
    expect(t.requests).toHaveLength(5);
  });

  it("hands a waiter only a failure of the same way of asking", async () => {
    const t = setup();
    t.answer(async () => Promise.reject(new UserCancelledError("Cancelled in VS Code.")));
    const [, token] = await Promise.allSettled([t.run(makeProfile()), t.run(makeProfile(), { askedBy: "token", codeProvider: async () => "123456" })]);
    expect(token).toMatchObject({ status: "fulfilled", value: { source: "sts" } });
  });
});
