import { existsSync, mkdirSync, promises, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getCacheDir } from "../cache/getCacheDir.js";
import { UserCancelledError } from "../errors/errors.js";
import { failFileWrites } from "../testing/failFileWrites.js";
import { simulateWindowsFileSharing } from "../testing/simulateWindowsFileSharing.js";
import { createFileLocker } from "./fileLock.js";
import { getLockFileName } from "./lockHolder.js";

let dir: string;
let restoreFs: (() => void) | undefined;
afterEach(() => {
  restoreFs?.();
  restoreFs = undefined;
});
beforeEach(() => {
  dir = join(getCacheDir(), "locks", String(Math.random()).slice(2));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
});

function plantLock(name: string, holder: { pid: number; hostname: string; token?: string; bootId?: string }, ageMs = 0): string {
  const path = join(dir, getLockFileName(name));
  writeFileSync(path, JSON.stringify({ createdAt: new Date().toISOString(), token: "theirs", ...holder }), { mode: 0o600 });
  const seconds = (Date.now() - ageMs) / 1000;
  utimesSync(path, seconds, seconds);
  return path;
}

async function waitForFile(path: string): Promise<void> {
  for (let tries = 0; !existsSync(path); tries++) {
    if (tries > 2_000) throw new Error(`${path} never appeared`);
    await sleep(5);
  }
}

async function countOverlap(run: (fn: () => Promise<void>) => Promise<void>, callers: number): Promise<number> {
  let inside = 0;
  let most = 0;
  await Promise.all(
    Array.from({ length: callers }, () =>
      run(async () => {
        most = Math.max(most, ++inside);
        await sleep(2);
        inside--;
      }),
    ),
  );
  return most;
}

describe(createFileLocker.name, () => {
  it("lets one holder in at a time and removes its lock file afterwards", async () => {
    const locker = createFileLocker({ dir, pollMs: 5 });
    expect(await countOverlap((fn) => locker.withLock("device", fn), 8)).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("returns what fn returns and releases when fn throws", async () => {
    const locker = createFileLocker({ dir });
    expect(await locker.withLock("device", async () => 42)).toBe(42);
    await expect(locker.withLock("device", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(existsSync(join(dir, "device.lock"))).toBe(false);
  });

  it("writes the holder's pid, host and token into the lock file", async () => {
    const locker = createFileLocker({ dir });
    const content = await locker.withLock("device", async () => JSON.parse(readFileSync(join(dir, "device.lock"), "utf8")));
    expect(content).toMatchObject({ pid: process.pid, hostname: hostname(), token: expect.stringMatching(/^[a-f0-9]{32}$/) });
    expect(new Date(content.createdAt).getTime()).not.toBeNaN();
  });

  it("takes over at once a lock whose holder died on this host", async () => {
    plantLock("device", { pid: 4_000_000, hostname: hostname() });
    const locker = createFileLocker({ dir, isProcessAlive: () => false });
    expect(await locker.withLock("device", async () => "in", { timeoutMs: 5_000 })).toBe("in");
  });

  it("keeps a lock whose holder is alive on this host however old its file looks (a laptop resumed)", async () => {
    const path = plantLock("device", { pid: process.pid, hostname: hostname() }, 10 * 60_000);
    const error = await createFileLocker({ dir, pollMs: 5 }).withLock("device", async () => "in", { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "LOCK_TIMEOUT" });
    expect(JSON.parse(readFileSync(path, "utf8")).token).toBe("theirs");
  });

  it("keeps a lock whose holder is alive on this host when the waiter's clock jumps forward", async () => {
    const path = plantLock("device", { pid: process.pid, hostname: hostname() });
    const jumped = { now: () => Date.now() + 3_600_000 };
    const error = await createFileLocker({ dir, pollMs: 5, clock: jumped }).withLock("device", async () => "in", { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "LOCK_TIMEOUT" });
    expect(JSON.parse(readFileSync(path, "utf8")).token).toBe("theirs");
  });

  it("takes over at once a lock whose holder died on this host, however recent its file", async () => {
    const path = plantLock("device", { pid: 4_000_003, hostname: hostname() });
    const future = (Date.now() + 60_000) / 1000;
    utimesSync(path, future, future);
    const locker = createFileLocker({ dir, pollMs: 5, isProcessAlive: (pid) => pid !== 4_000_003 });
    expect(await locker.withLock("device", async () => "in", { timeoutMs: 5_000 })).toBe("in");
  });

  it("takes over a lock from an earlier boot of this host even when its pid is alive again", async () => {
    plantLock("device", { pid: process.pid, hostname: hostname(), bootId: "an-earlier-boot" });
    const locker = createFileLocker({ dir, pollMs: 5, bootId: "this-boot" });
    expect(await locker.withLock("device", async () => "in", { timeoutMs: 5_000 })).toBe("in");
  });

  it("writes this boot's id into the lock file, when it has one", async () => {
    const read = () => JSON.parse(readFileSync(join(dir, "device.lock"), "utf8"));
    expect(await createFileLocker({ dir, bootId: "this-boot" }).withLock("device", async () => read())).toMatchObject({ bootId: "this-boot" });
    expect(await createFileLocker({ dir, bootId: undefined }).withLock("device", async () => read())).not.toHaveProperty("bootId");
  });

  it("keeps a break lock whose taker is alive on this host however old it looks", async () => {
    const path = plantLock("device", { pid: 4_000_004, hostname: hostname() });
    writeFileSync(`${path}.break`, JSON.stringify({ pid: process.pid, hostname: hostname(), createdAt: new Date().toISOString(), token: "t" }));
    const old = (Date.now() - 60_000) / 1000;
    utimesSync(`${path}.break`, old, old);
    const locker = createFileLocker({ dir, pollMs: 5, isProcessAlive: (pid) => pid === process.pid });
    const error = await locker.withLock("device", async () => "in", { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "LOCK_TIMEOUT" });
    expect(existsSync(`${path}.break`)).toBe(true);
  });

  it("waits for a live holder on another host until its lock goes stale", async () => {
    const path = plantLock("device", { pid: process.pid, hostname: "other-host" });
    const locker = createFileLocker({ dir, pollMs: 5, staleMs: 60_000 });
    const error = await locker.withLock("device", async () => "in", { timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "LOCK_TIMEOUT" });
    expect((error as Error).message).toContain(`remove ${path}`);
    expect((error as Error).message).toContain("other-host");
    const old = (Date.now() - 61_000) / 1000;
    utimesSync(path, old, old);
    expect(await locker.withLock("device", async () => "in", { timeoutMs: 5_000 })).toBe("in");
  });

  it("lets only one of many waiters take over a stale lock", async () => {
    plantLock("device", { pid: 4_000_000, hostname: "other-host" }, 120_000);
    const lockers = Array.from({ length: 6 }, () => createFileLocker({ dir, pollMs: 5 }));
    let next = 0;
    const overlap = await countOverlap((fn) => (lockers[next++ % lockers.length] ?? lockers[0]!).withLock("device", fn), 12);
    expect(overlap).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("takes over a stale lock even when a killed waiter left its break lock behind", async () => {
    const path = plantLock("device", { pid: 4_000_001, hostname: hostname() });
    writeFileSync(`${path}.break`, JSON.stringify({ pid: 4_000_002, hostname: hostname(), createdAt: new Date().toISOString(), token: "t" }));
    const locker = createFileLocker({ dir, pollMs: 5, isProcessAlive: (pid) => pid === process.pid });
    expect(await locker.withLock("device", async () => "in", { timeoutMs: 5_000 })).toBe("in");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refreshes its lock file while it holds the lock", async () => {
    const locker = createFileLocker({ dir, refreshMs: 10 });
    await locker.withLock("device", async () => {
      const path = join(dir, "device.lock");
      const old = (Date.now() - 50_000) / 1000;
      utimesSync(path, old, old);
      for (let tries = 0; tries < 2_000 && Date.now() - statSync(path).mtimeMs > 10_000; tries++) await sleep(5);
      expect(Date.now() - statSync(path).mtimeMs).toBeLessThan(10_000);
    });
  });

  it("never removes a lock that is no longer its own", async () => {
    const locker = createFileLocker({ dir });
    await locker.withLock("device", async () => {
      plantLock("device", { pid: process.pid, hostname: hostname(), token: "someone-else" });
    });
    expect(JSON.parse(readFileSync(join(dir, "device.lock"), "utf8")).token).toBe("someone-else");
  });

  it("stops waiting with UserCancelledError when the signal aborts", async () => {
    plantLock("device", { pid: process.pid, hostname: hostname() });
    const controller = new AbortController();
    const waiting = createFileLocker({ dir, pollMs: 5 }).withLock("device", async () => "in", { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    await expect(waiting).rejects.toBeInstanceOf(UserCancelledError);
  });

  it("stops waiting with what checkWhileWaiting throws, checked between attempts, and never runs fn", async () => {
    const lockPath = plantLock("device", { pid: process.pid, hostname: hostname() });
    let checks = 0;
    let ran = false;
    const outcome = new Error("the holder's outcome");
    const waiting = createFileLocker({ dir, pollMs: 5 }).withLock("device", async () => void (ran = true), {
      checkWhileWaiting: async () => {
        if (++checks === 3) throw outcome;
      },
    });
    await expect(waiting).rejects.toBe(outcome);
    expect(checks).toBe(3);
    expect(ran).toBe(false);
    expect(JSON.parse(readFileSync(lockPath, "utf8")).token).toBe("theirs");
  });

  it("takes a released lock at once, not at its next poll: the lock folder's change wakes the waiter", async () => {
    const holder = createFileLocker({ dir });
    let release!: () => void;
    const held = holder.withLock("device", () => new Promise<void>((resolve) => (release = resolve)));
    await waitForFile(join(dir, "device.lock"));
    const waiting = createFileLocker({ dir, pollMs: 3_600_000 }).withLock("device", async () => "in", { timeoutMs: 3_600_000 });
    setTimeout(() => release(), 50);
    await held;
    expect(await waiting).toBe("in");
  });

  it("still takes a released lock where the folder cannot be watched, by polling", async () => {
    const unwatchable = (() => {
      throw Object.assign(new Error("ENOSPC: System limit for number of file watchers reached"), { code: "ENOSPC" });
    }) as never;
    const lockers = Array.from({ length: 4 }, () => createFileLocker({ dir, pollMs: 5, watch: unwatchable }));
    let next = 0;
    expect(await countOverlap((fn) => (lockers[next++ % lockers.length] ?? lockers[0]!).withLock("device", fn), 8)).toBe(1);
  });

  it("only looks at a held lock while it waits: no file is written until the lock looks free", async () => {
    plantLock("device", { pid: process.pid, hostname: hostname() });
    const open = vi.spyOn(promises, "open");
    restoreFs = () => open.mockRestore();
    const error = await createFileLocker({ dir, pollMs: 5 }).withLock("device", async () => "in", { timeoutMs: 200 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "LOCK_TIMEOUT" });
    expect(open.mock.calls.filter(([, flags]) => flags === "wx")).toEqual([]);
  });

  describe("waitForRelease", () => {
    it("returns false at once when nobody holds the lock, and takes nothing", async () => {
      expect(await createFileLocker({ dir }).waitForRelease("device")).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    });

    it("returns true when the holder lets go, without taking the lock itself", async () => {
      const holder = createFileLocker({ dir });
      let release!: () => void;
      const held = holder.withLock("device", () => new Promise<void>((resolve) => (release = resolve)));
      await waitForFile(join(dir, "device.lock"));
      const waiting = createFileLocker({ dir, pollMs: 3_600_000 }).waitForRelease("device", { timeoutMs: 3_600_000 });
      setTimeout(() => release(), 30);
      await held;
      expect(await waiting).toBe(true);
      expect(readdirSync(dir)).toEqual([]);
    });

    it("returns when the holder is dead, leaving its lock for whoever takes over", async () => {
      const path = plantLock("device", { pid: 4_000_005, hostname: hostname() });
      expect(await createFileLocker({ dir, isProcessAlive: () => false }).waitForRelease("device")).toBe(false);
      expect(existsSync(path)).toBe(true);
    });

    it("ends with what checkWhileWaiting throws, and times out with LOCK_TIMEOUT", async () => {
      plantLock("device", { pid: process.pid, hostname: hostname() });
      const outcome = new Error("the holder's outcome");
      const locker = createFileLocker({ dir, pollMs: 5 });
      await expect(locker.waitForRelease("device", { checkWhileWaiting: async () => Promise.reject(outcome) })).rejects.toBe(outcome);
      await expect(locker.waitForRelease("device", { timeoutMs: 50 })).rejects.toMatchObject({ code: "LOCK_TIMEOUT" });
    });

    it("returns false where the lock folder does not exist yet", async () => {
      expect(await createFileLocker({ dir: join(dir, "not-yet") }).waitForRelease("device")).toBe(false);
      expect(existsSync(join(dir, "not-yet"))).toBe(false);
    });
  });

  it("says it could not take the lock when the disk is full, and leaves no file behind", async () => {
    restoreFs = failFileWrites((path) => path.startsWith(dir)).restore;
    const error = await createFileLocker({ dir }).withLock("device", async () => "in").catch((e: unknown) => e);
    expect(readdirSync(dir)).toEqual([]);
    expect(error).toMatchObject({ code: "FILE_SYSTEM" });
    expect((error as Error).message).toContain(`Could not take the lock (${join(dir, "device.lock")}): the disk is full (ENOSPC)`);
  });

  it("leaves no empty lock file behind when the disk is full on a file system without hard links", async () => {
    const noLinks = vi.spyOn(promises, "link").mockRejectedValue(Object.assign(new Error("EPERM: operation not permitted, link"), { code: "EPERM" }));
    const full = failFileWrites((path) => path === join(dir, "device.lock"));
    restoreFs = () => (noLinks.mockRestore(), full.restore());
    const error = await createFileLocker({ dir }).withLock("device", async () => "in").catch((e: unknown) => e);
    expect(readdirSync(dir)).toEqual([]);
    expect((error as Error).message).toContain("the disk is full (ENOSPC)");
  });

  it("fails at once, saying so, when a folder is where the lock file belongs", async () => {
    mkdirSync(join(dir, "device.lock"));
    const error = await createFileLocker({ dir, pollMs: 5 }).withLock("device", async () => "in", { timeoutMs: 1_000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FILE_SYSTEM" });
    expect((error as Error).message).toContain(`Could not take the lock (${join(dir, "device.lock")}): a folder is where a file belongs (EISDIR): move the folder away.`);
  });

  it("keeps readable names and hashes the rest into safe file names", () => {
    expect(getLockFileName("device-1")).toBe("device-1.lock");
    expect(getLockFileName("arn:aws:iam::123456789012:mfa/me")).toMatch(/^[a-f0-9]{64}\.lock$/);
    expect(getLockFileName("../escape")).toMatch(/^[a-f0-9]{64}\.lock$/);
  });
});

describe(`${createFileLocker.name} on Windows`, () => {
  it("takes over at once a lock whose holder ended although its pid is alive again (reused by another process)", async () => {
    const windows = simulateWindowsFileSharing();
    const holder = createFileLocker({ dir, beacon: windows.beacon, isProcessAlive: () => true });
    let letGo!: () => void;
    const held = holder.withLock("device", () => new Promise<void>((resolve) => (letGo = resolve)));
    await waitForFile(join(dir, "device.lock"));
    const waiter = createFileLocker({ dir, beacon: windows.beacon, isProcessAlive: () => true, pollMs: 5 });
    await expect(waiter.withLock("device", async () => "in", { timeoutMs: 200 })).rejects.toMatchObject({ code: "LOCK_TIMEOUT" });
    windows.end();
    expect(await waiter.withLock("device", async () => "in", { timeoutMs: 5_000 })).toBe("in");
    letGo();
    await held;
    expect(readdirSync(dir)).toEqual([]);
    expect(windows.files.size).toBe(0);
  });

  it("keeps the beacon from before its lock file exists until after it is gone", async () => {
    const windows = simulateWindowsFileSharing();
    const locker = createFileLocker({ dir, beacon: windows.beacon });
    const seen = await locker.withLock("device", async () => [...windows.files.values()].map((file) => file.exclusive));
    expect(seen).toEqual([true]);
    expect(windows.files.size).toBe(0);
  });
});
