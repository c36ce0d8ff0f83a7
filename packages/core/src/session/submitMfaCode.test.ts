import { describe, expect, it } from "vitest";
import { MfaCodeReusedError } from "../errors/errors.js";
import type { MfaCodeRequest } from "../ports/ports.js";
import { submitMfaCode } from "./submitMfaCode.js";
import { createFakeClock, createMemoryUsedCodes, createRecordingLogger } from "./testing/createFakeStores.js";

function setup(answers: string[]) {
  const requests: MfaCodeRequest[] = [];
  const submitted: string[] = [];
  const options = {
    profile: "work",
    mfaSerial: "arn:aws:iam::123456789012:mfa/alice",
    reason: "test",
    codeProvider: async (request: MfaCodeRequest) => (requests.push(request), answers.shift() ?? "000000"),
    usedCodes: createMemoryUsedCodes(),
    clock: createFakeClock(),
  };
  const submit = async (code: string) => (submitted.push(code), `ok ${code}`);
  return { options, requests, submitted, submit };
}

describe(submitMfaCode.name, () => {
  it("asks a person again after a malformed code, which never reaches the submit step", async () => {
    const t = setup(["12345", " 482915 "]);
    expect(await submitMfaCode(t.options, t.submit)).toBe("ok 482915");
    expect(t.submitted).toEqual(["482915"]);
    expect(t.requests.map((r) => r.previousError)).toEqual([undefined, "invalid"]);
  });

  it("asks nothing once the signal is aborted", async () => {
    const t = setup(["482915"]);
    const controller = new AbortController();
    controller.abort();
    await expect(submitMfaCode({ ...t.options, signal: controller.signal }, t.submit)).rejects.toThrow();
    expect(t.requests).toEqual([]);
  });

  it("passes the signal and reason to the provider", async () => {
    const t = setup(["482915"]);
    const controller = new AbortController();
    await submitMfaCode({ ...t.options, signal: controller.signal }, t.submit);
    expect(t.requests[0]).toEqual({ profile: "work", mfaSerial: t.options.mfaSerial, reason: "test", attempt: 1, signal: controller.signal });
  });

  describe("a code source that makes a new code every 30 s (mfa_process)", () => {
    const nonInteractive = (t: ReturnType<typeof setup>, sleeps: number[]) => ({
      ...t.options, interactive: false, freshCodeEachStep: true,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        t.options.clock.advance(ms);
      },
    });

    it("waits for the next code once when it hands out a code another profile of the device just used", async () => {
      const t = setup(["482915", "731046"]);
      await t.options.usedCodes.remember(t.options.mfaSerial, "482915");
      const sleeps: number[] = [];
      expect(await submitMfaCode(nonInteractive(t, sleeps), t.submit)).toBe("ok 731046");
      expect(t.submitted).toEqual(["731046"]);
      expect(t.requests.map((r) => r.previousError)).toEqual([undefined, "reused"]);
      expect(sleeps).toHaveLength(1);
      expect(sleeps[0]).toBeGreaterThan(1000);
      expect(sleeps[0]).toBeLessThanOrEqual(31_000);
    });

    it("does the same when STS is the one that knows the code as used", async () => {
      const t = setup(["482915", "731046"]);
      const sleeps: number[] = [];
      const submit = async (code: string) => {
        if (code === "482915") throw new MfaCodeReusedError(10, "used");
        return t.submit(code);
      };
      expect(await submitMfaCode(nonInteractive(t, sleeps), submit)).toBe("ok 731046");
      expect(sleeps).toHaveLength(1);
    });

    it("waits once only: the same code after the wait fails as used", async () => {
      const t = setup(["482915", "482915"]);
      await t.options.usedCodes.remember(t.options.mfaSerial, "482915");
      const sleeps: number[] = [];
      await expect(submitMfaCode(nonInteractive(t, sleeps), t.submit)).rejects.toMatchObject({ code: "MFA_CODE_REUSED" });
      expect(sleeps).toHaveLength(1);
      expect(t.requests).toHaveLength(2);
    });

    it("never waits for a code given up front (--token-code)", async () => {
      const t = setup(["482915"]);
      await t.options.usedCodes.remember(t.options.mfaSerial, "482915");
      const sleeps: number[] = [];
      await expect(submitMfaCode({ ...nonInteractive(t, sleeps), freshCodeEachStep: false }, t.submit)).rejects.toMatchObject({ code: "MFA_CODE_REUSED" });
      expect(sleeps).toEqual([]);
      expect(t.requests).toHaveLength(1);
    });
  });

  it("does not remember a code whose submission failed for another reason", async () => {
    const t = setup(["482915"]);
    await expect(submitMfaCode(t.options, async () => {
      throw new Error("network down");
    })).rejects.toThrow("network down");
    expect(t.options.usedCodes.used.size).toBe(0);
  });

  it("returns what AWS answered when the used code cannot be recorded afterwards, with a warning that says what to do", async () => {
    const t = setup(["482915"]);
    const logger = createRecordingLogger();
    const full = Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", syscall: "write" });
    const usedCodes = { ...t.options.usedCodes, remember: async () => Promise.reject(full) };
    expect(await submitMfaCode({ ...t.options, usedCodes, logger }, t.submit)).toBe("ok 482915");
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines[0]).toMatch(/^warn Profile work: .*the disk is full \(ENOSPC\): free some space and run it again\.$/);
    expect(logger.lines[0]).not.toContain("482915");
  });

  it("checks that the used codes can be recorded before asking for a code", async () => {
    const t = setup(["482915"]);
    const refused = new Error("not writable");
    const usedCodes = { ...t.options.usedCodes, prepare: async () => Promise.reject(refused) };
    await expect(submitMfaCode({ ...t.options, usedCodes }, t.submit)).rejects.toBe(refused);
    expect(t.requests).toEqual([]);
    expect(t.submitted).toEqual([]);
  });
});
