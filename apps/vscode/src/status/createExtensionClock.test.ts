import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { systemClock } from "@mfa-session/core";
import { createExtensionClock, TEST_CLOCK_FILE_ENV } from "./createExtensionClock.js";

const base = { now: () => 1_000_000 };
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe(createExtensionClock.name, () => {
  it("is the system clock itself when the variable is unset", () => {
    expect(createExtensionClock({ env: {} })).toBe(systemClock);
    expect(createExtensionClock({ env: { [TEST_CLOCK_FILE_ENV]: "" }, base })).toBe(base);
  });

  it("adds the file's offset, read again at every now(), so a test moves it while the extension runs", () => {
    const dir = mkdtempSync(join(tmpdir(), "clock-"));
    dirs.push(dir);
    const file = join(dir, "offset-ms");
    const clock = createExtensionClock({ env: { [TEST_CLOCK_FILE_ENV]: file }, base });
    expect(clock.now()).toBe(1_000_000); // no file yet
    writeFileSync(file, `${50 * 60_000}\n`);
    expect(clock.now()).toBe(1_000_000 + 3_000_000);
    writeFileSync(file, "-2500");
    expect(clock.now()).toBe(997_500);
  });

  it.each([["garbled", "soon"], ["empty", ""], ["infinite", "Infinity"]])("takes a %s file as no offset", (_what, text) => {
    const clock = createExtensionClock({ env: { [TEST_CLOCK_FILE_ENV]: "/x" }, base, readFile: () => text });
    expect(clock.now()).toBe(1_000_000);
  });
});
