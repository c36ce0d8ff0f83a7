// The cross-process lock: `<dir>/<name>.lock` created atomically with the holder's pid, host and a
// random token. Waiters look before they try (a look is two reads; a try writes a file), and between
// looks they pause until the lock folder changes (fs.watch) or a poll interval passes, so a released
// lock is seen at once and many waiters cost almost nothing. A lock whose holder died (same host), or
// whose holder cannot be checked (another host) and that was not refreshed for staleMs, is broken under
// a short second lock (`.break`), so two waiters can never both take it over.
import { promises as fs, type Stats } from "node:fs";
import { hostname as osHostname } from "node:os";
import { basename, join } from "node:path";
import { getCacheDir } from "../cache/getCacheDir.js";
import { randomHex } from "../platform/randomHex.js";
import { ensurePrivateDir, removeFile } from "../cache/secureFiles.js";
import { UserCancelledError } from "../errors/errors.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { withFileSystemContext } from "../errors/withFileSystemContext.js";
import { type Clock, systemClock } from "../ports/ports.js";
import type { LockOptions, Locker } from "./Lock.js";
import { getBootId } from "./getBootId.js";
import { type HolderBeacon, type HolderBeaconOptions, holdBeacon, probeBeacon, removeBeacon } from "./holderBeacon.js";
import { isProcessAlive as defaultIsProcessAlive } from "./isProcessAlive.js";
import { formatLockHolder, getLockFileName, isHolderAlive, type LockHolder, type LockHost, parseLockHolder } from "./lockHolder.js";
import { type FolderWatch, watchFolder, type WatchFolderOptions } from "./watchFolder.js";

export interface FileLockerOptions {
  /** Default: `<cache dir>/locks`. Created 0700. */
  dir?: string;
  clock?: Clock;
  /**
   * Mean wait between looks at a held lock when nothing changes; each wait is jittered to 50-150 % of
   * it. Default 250 ms where the lock folder can be watched (a change ends the wait at once: a release,
   * a new holder), 50 ms where it cannot. Only a holder that dies without a trace waits for the poll.
   */
  pollMs?: number;
  /** A lock of another host's process whose file was not refreshed for this long is taken over. Default 90 s. */
  staleMs?: number;
  /** How often the holder refreshes its lock file. Default min(5 s, staleMs / 3). */
  refreshMs?: number;
  /** Default for LockOptions.timeoutMs: 55 s, under the 60 s that SDKs give a credential_process. */
  timeoutMs?: number;
  hostname?: string;
  pid?: number;
  isProcessAlive?: (pid: number) => boolean;
  /** This boot's id (default getBootId()); a same-host lock from another boot has a dead holder. */
  bootId?: string;
  /** Windows: how the holder's beacon is kept and looked at (holderBeacon.ts); tests simulate Windows with it. */
  beacon?: HolderBeaconOptions;
  /** Watches the lock folder (default fs.watch); where it throws, waiters poll at the unwatched rate. */
  watch?: WatchFolderOptions["watch"];
}

/** A break lock is held for a few syscalls; one older than this was left by a killed process. */
const BREAK_STALE_MS = 10_000;

interface Observed {
  holder: LockHolder | undefined;
  stats: Stats;
}

/** The lock, and a wait for its holder to let go without taking it (a caller that only needs the holder's outcome). */
export interface FileLocker extends Locker {
  /**
   * Resolves when nobody holds the lock `name` (or its holder is dead): true when it had to wait, false
   * when the lock was free at once. Takes nothing. Throws what checkWhileWaiting throws, LOCK_TIMEOUT
   * after timeoutMs, and cancels with the signal.
   */
  waitForRelease(name: string, options?: LockOptions): Promise<boolean>;
}

export function createFileLocker(options: FileLockerOptions = {}): FileLocker {
  const dir = options.dir ?? join(getCacheDir(), "locks");
  const clock = options.clock ?? systemClock;
  const staleMs = options.staleMs ?? 90_000;
  const refreshMs = options.refreshMs ?? Math.min(5_000, Math.max(10, Math.floor(staleMs / 3)));
  const defaultTimeoutMs = options.timeoutMs ?? 55_000;
  const hostname = options.hostname ?? osHostname();
  const pid = options.pid ?? process.pid;
  const bootId = "bootId" in options ? options.bootId : getBootId();
  const beaconOptions = options.beacon ?? {};
  const host: LockHost = {
    hostname, bootId, isProcessAlive: options.isProcessAlive ?? defaultIsProcessAlive, probeBeacon: (token) => probeBeacon(dir, token, beaconOptions),
  };
  /** The beacons of the locks this locker holds, by token. */
  const beacons = new Map<string, HolderBeacon>();
  const newHolder = (token: string): LockHolder => ({
    pid, hostname, createdAt: new Date(clock.now()).toISOString(), token, ...(bootId === undefined ? {} : { bootId }),
  });

  /**
   * Creates `path` holding `content`, whole from its first instant (link of a finished temp file). No
   * failure leaves a file behind: a full disk must not leave an empty temp file, or an empty lock.
   */
  /**
   * Creates the lock file `path` for a new holder `token`, its beacon held first (Windows: before any
   * waiter can read the token). Keeps the beacon in `beacons` when the file was created.
   */
  async function createHeld(path: string, token: string): Promise<boolean> {
    const beacon = await holdBeacon(dir, token, beaconOptions);
    let created = false;
    try {
      created = await createExclusive(path, formatLockHolder(newHolder(token)));
    } finally {
      if (created) beacons.set(token, beacon);
      else await beacon.release();
    }
    return created;
  }

  async function putDown(token: string): Promise<void> {
    const beacon = beacons.get(token);
    beacons.delete(token);
    await beacon?.release();
  }

  async function createExclusive(path: string, content: string): Promise<boolean> {
    const temp = `${path}.${randomHex(6)}.tmp`;
    try {
      await writeNewFile(temp, content);
      const seconds = clock.now() / 1000;
      await fs.utimes(temp, seconds, seconds);
      await fs.link(temp, path);
    } catch (error) {
      await removeFile(temp).catch(() => undefined); // the first failure is the one to report
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST") return false;
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EXDEV") throw error;
      // No hard links on this file system: O_EXCL create; readers treat a briefly empty file as held.
      try {
        await writeNewFile(path, content);
        return true;
      } catch (fallbackError) {
        if ((fallbackError as NodeJS.ErrnoException).code === "EEXIST") return false;
        throw fallbackError;
      }
    }
    // The lock is ours now: a temp file that will not go away must not make us report a failure and
    // keep the lock with nobody to release it.
    await removeFile(temp).catch(() => undefined);
    return true;
  }

  /** Creates `path` (O_EXCL, 0600) holding `content`; if writing fails, the new file is removed again. */
  async function writeNewFile(path: string, content: string): Promise<void> {
    const handle = await fs.open(path, "wx", 0o600);
    try {
      await handle.writeFile(content);
      await handle.close();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await removeFile(path).catch(() => undefined);
      throw error;
    }
  }

  async function observe(path: string): Promise<Observed | undefined> {
    try {
      const stats = await fs.lstat(path);
      // A folder in the lock's place fails the read (EISDIR): nobody can take this lock until it is moved.
      const holder = stats.isFile() || stats.isDirectory() ? parseLockHolder(await fs.readFile(path, "utf8")) : undefined;
      return { holder, stats };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  /**
   * A lock is judged by its holder: on this host, a live process keeps it however old the file looks
   * (a laptop that resumed, a clock moved forward) and a dead one loses it at once. The file's age
   * decides only for a holder that cannot be checked: on another host, or not yet written.
   */
  function isStale({ holder, stats }: Observed, maxAgeMs: number): boolean {
    if (!stats.isFile() && !stats.isSymbolicLink()) return false; // not ours to judge: wait, then time out
    if (stats.isSymbolicLink()) return true;
    const alive = holder === undefined ? undefined : isHolderAlive(holder, host);
    if (alive !== undefined) return !alive;
    return clock.now() - stats.mtimeMs > maxAgeMs;
  }

  function sameLock(a: Observed, b: Observed): boolean {
    if (a.holder !== undefined || b.holder !== undefined) return a.holder?.token === b.holder?.token;
    return a.stats.ino === b.stats.ino && a.stats.mtimeMs === b.stats.mtimeMs && a.stats.size === b.stats.size;
  }

  /**
   * Removes the stale lock seen as `seen`, but only if it is still that very lock. True when the lock
   * changed (removed by us or replaced meanwhile): worth an immediate new attempt.
   */
  async function breakStale(lockPath: string, seen: Observed): Promise<boolean> {
    const breakPath = `${lockPath}.break`;
    const token = randomHex(16);
    if (!(await createHeld(breakPath, token))) {
      const other = await observe(breakPath);
      if (other !== undefined && isStale(other, BREAK_STALE_MS)) {
        await removeFile(breakPath);
        if (other.holder !== undefined) await removeBeacon(dir, other.holder.token, beaconOptions);
      }
      return false;
    }
    try {
      const now = await observe(lockPath);
      if (now !== undefined && sameLock(now, seen)) {
        await removeFile(lockPath);
        if (seen.holder !== undefined) await removeBeacon(dir, seen.holder.token, beaconOptions);
      }
      return true;
    } finally {
      const mine = await observe(breakPath);
      if (mine?.holder?.token === token) await removeFile(breakPath);
      await putDown(token);
    }
  }

  async function release(lockPath: string, token: string): Promise<void> {
    const now = await observe(lockPath);
    if (now?.holder?.token === token) await removeFile(lockPath);
  }

  async function refresh(lockPath: string, token: string): Promise<void> {
    const now = await observe(lockPath);
    if (now?.holder?.token !== token) return;
    const seconds = clock.now() / 1000;
    await fs.utimes(lockPath, seconds, seconds);
  }

  /**
   * Looks first and, when the lock looks free, takes it (`take`) or returns (not `take`: whether it had
   * to wait). Between looks, pauses on `watch`.
   */
  async function waitTurn(name: string, lockPath: string, lockOptions: LockOptions, watch: FolderWatch, take: boolean): Promise<string | boolean> {
    const timeoutMs = lockOptions.timeoutMs ?? defaultTimeoutMs;
    const { signal } = lockOptions;
    const pollMs = options.pollMs ?? (watch.watching ? 250 : 50);
    const deadline = clock.now() + timeoutMs;
    for (let waited = false; ; waited = true) {
      throwIfAborted(signal, name);
      // The holder's outcome first: when it failed and let go, its waiters fail with it, none takes over.
      if (waited) await lockOptions.checkWhileWaiting?.();
      const seen = await observe(lockPath);
      if (!take && (seen === undefined || isStale(seen, staleMs))) return waited;
      if (seen === undefined) {
        const token = randomHex(16);
        if (await createHeld(lockPath, token)) return token;
        continue; // another waiter was quicker: look at its lock now
      }
      if (isStale(seen, staleMs) && (await breakStale(lockPath, seen))) continue;
      if (clock.now() >= deadline) throw timeoutError(lockPath, timeoutMs, seen.holder);
      await watch.pause(pollMs * (0.5 + Math.random()), signal, () => abortError(signal as AbortSignal, name));
    }
  }

  function watchLock(lockPath: string): FolderWatch {
    return watchFolder(dir, { namePrefix: basename(lockPath), ...(options.watch === undefined ? {} : { watch: options.watch }) });
  }

  async function waitForRelease(name: string, lockOptions: LockOptions = {}): Promise<boolean> {
    const lockPath = join(dir, getLockFileName(name));
    return withFileSystemContext("wait for the lock", lockPath, async () => {
      const watch = watchLock(lockPath);
      try {
        return (await waitTurn(name, lockPath, lockOptions, watch, false)) as boolean;
      } finally {
        watch.close();
      }
    });
  }

  async function withLock<T>(name: string, fn: () => Promise<T>, lockOptions: LockOptions = {}): Promise<T> {
    const lockPath = join(dir, getLockFileName(name));
    const token = await withFileSystemContext("take the lock", lockPath, async () => {
      await ensurePrivateDir(dir);
      const watch = watchLock(lockPath);
      try {
        return (await waitTurn(name, lockPath, lockOptions, watch, true)) as string;
      } finally {
        watch.close();
      }
    });
    const timer = setInterval(() => {
      refresh(lockPath, token).catch(() => {
        // A failed refresh only risks a takeover after staleMs; the next tick tries again.
      });
    }, refreshMs);
    timer.unref();
    try {
      return await fn();
    } finally {
      clearInterval(timer);
      try {
        await withFileSystemContext("release the lock", lockPath, () => release(lockPath, token));
      } finally {
        await putDown(token); // after the lock file: a waiter must never see our lock without its beacon
      }
    }
  }

  return { withLock, waitForRelease };
}

function timeoutError(lockPath: string, timeoutMs: number, holder: LockHolder | undefined): MfaSessionError {
  const heldBy = holder === undefined ? "" : `, held by process ${holder.pid} on ${holder.hostname} since ${holder.createdAt}`;
  return new MfaSessionError(
    `Timed out after ${Math.round(timeoutMs / 1000)} s waiting for the lock ${lockPath}${heldBy}. ` +
      `Another mfa-session is probably waiting for an MFA code: answer it, or if none is running, remove ${lockPath} and try again.`, "LOCK_TIMEOUT",
  );
}

function throwIfAborted(signal: AbortSignal | undefined, name: string): void {
  if (signal?.aborted) throw abortError(signal, name);
}

function abortError(signal: AbortSignal, name: string): MfaSessionError {
  if (signal.reason instanceof MfaSessionError) return signal.reason;
  return new UserCancelledError(`Cancelled while waiting for the lock ${name}.`, { cause: signal.reason });
}
