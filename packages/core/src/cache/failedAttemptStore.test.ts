import { lstatSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFailedAttemptStore } from "./failedAttemptStore.js";
import { type FailedAttempt, formatFailedAttempt, parseFailedAttempt } from "./parseFailedAttempt.js";

const attempt: FailedAttempt = {
  attemptId: "0123456789abcdef",
  failedAt: Date.UTC(2026, 0, 15, 9, 0, 0),
  askedBy: "a1b2",
  error: { code: "PROMPT_UNAVAILABLE", problem: "No way to ask", message: "No way to ask: set mfa_process.", hint: { kind: "no-code-source", profile: "work" } },
};

describe(createFailedAttemptStore.name, () => {
  it("keeps one private file per lock, named after it, and reads back what was written", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "mfa-session-attempts-")), "cache");
    const store = createFailedAttemptStore({ dir });
    await store.write("device-1", attempt);
    expect(readdirSync(dir)).toEqual(["device-1.failed-attempt"]);
    if (process.platform !== "win32") {
      expect(lstatSync(join(dir, "device-1.failed-attempt")).mode & 0o777).toBe(0o600);
      expect(lstatSync(dir).mode & 0o777).toBe(0o700);
    }
    expect(await store.read("device-1")).toEqual(attempt);
    expect(await store.read("device-2")).toBeUndefined();
    await store.remove("device-1");
    await store.remove("device-1");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("removes and ignores a record that is not whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mfa-session-attempts-"));
    writeFileSync(join(dir, "device-1.failed-attempt"), formatFailedAttempt(attempt).slice(0, 40), { mode: 0o600 });
    expect(await createFailedAttemptStore({ dir }).read("device-1")).toBeUndefined();
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe(parseFailedAttempt.name, () => {
  it("reads what formatFailedAttempt writes, MfaCodeReusedError's wait included", () => {
    const reused: FailedAttempt = { ...attempt, error: { code: "MFA_CODE_REUSED", problem: "used", message: "used", waitSeconds: 12 } };
    expect(parseFailedAttempt(formatFailedAttempt(attempt))).toEqual(attempt);
    expect(parseFailedAttempt(formatFailedAttempt(reused))).toEqual(reused);
  });

  it("refuses another format, a missing field or a hint that is not one", () => {
    const data = JSON.parse(formatFailedAttempt(attempt)) as Record<string, unknown>;
    expect(parseFailedAttempt(JSON.stringify({ ...data, format: "mfa-session-cache" }))).toBeUndefined();
    expect(parseFailedAttempt(JSON.stringify({ ...data, failedAt: "yesterday" }))).toBeUndefined();
    expect(parseFailedAttempt(JSON.stringify({ ...data, error: { ...attempt.error, hint: { kind: 1 } } }))).toBeUndefined();
    expect(parseFailedAttempt(JSON.stringify({ ...data, error: { code: "CANCELLED" } }))).toBeUndefined();
    expect(parseFailedAttempt("not json")).toBeUndefined();
  });
});
