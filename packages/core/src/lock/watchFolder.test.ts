import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { watchFolder } from "./watchFolder.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "mfa-session-watch-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const HOUR = 3_600_000;

describe(watchFolder.name, () => {
  it("ends a pause when a file in the folder changes, long before its timeout", async () => {
    const watch = watchFolder(dir);
    try {
      expect(watch.watching).toBe(true);
      const paused = watch.pause(HOUR);
      setTimeout(() => writeFileSync(join(dir, "device.lock"), "x"), 20);
      expect(await paused).toBe("changed");
    } finally {
      watch.close();
    }
  });

  it("ends the next pause at once for a change that came between two pauses", async () => {
    const watch = watchFolder(dir);
    try {
      writeFileSync(join(dir, "device.lock"), "x");
      await new Promise((resolve) => setTimeout(resolve, 100)); // the event arrives while nobody pauses
      expect(await watch.pause(HOUR)).toBe("changed");
    } finally {
      watch.close();
    }
  });

  it("wakes only for names with its prefix", async () => {
    const watch = watchFolder(dir, { namePrefix: "device.lock" });
    try {
      writeFileSync(join(dir, "other.lock"), "x");
      expect(await watch.pause(300)).toBe("timeout");
      setTimeout(() => writeFileSync(join(dir, "device.lock.break"), "x"), 20);
      expect(await watch.pause(HOUR)).toBe("changed");
    } finally {
      watch.close();
    }
  });

  it("falls back to the timeout where the folder cannot be watched", async () => {
    const watch = watchFolder(dir, { watch: (() => { throw Object.assign(new Error("no watches left"), { code: "ENOSPC" }); }) as never });
    expect(watch.watching).toBe(false);
    writeFileSync(join(dir, "device.lock"), "x");
    expect(await watch.pause(30)).toBe("timeout");
    watch.close();
  });

  it("rejects with what onAbort gives when the signal aborts", async () => {
    const watch = watchFolder(dir);
    const controller = new AbortController();
    const cancelled = new Error("cancelled");
    setTimeout(() => controller.abort(), 20);
    await expect(watch.pause(HOUR, controller.signal, () => cancelled)).rejects.toBe(cancelled);
    watch.close();
  });
});
