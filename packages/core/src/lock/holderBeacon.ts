// Windows: a lock holder's sign of life that a reused pid cannot fake. Windows hands a dead process's
// id to the next process within seconds, so signal 0 may answer for a stranger. The holder keeps
// `<lock dir>/<token>.holder` open without sharing (libuv's UV_FS_O_EXLOCK) from before its lock file
// exists until after it is gone; Windows closes that handle when the process ends, however it ends.
// A waiter that can open the file knows the holder is gone; one refused (EBUSY) knows it is there.
// No process is started and no clock is read. Elsewhere there is no beacon: signal 0, the boot id
// and the zombie check are exact enough, and POSIX has no sharing modes.
import { constants, closeSync, openSync, promises as fs } from "node:fs";
import { join } from "node:path";

/** libuv's UV_FS_O_EXLOCK on Windows (include/uv/win.h): CreateFile with no sharing. Node does not export it. */
const UV_FS_O_EXLOCK = 0x1000_0000;

export interface HolderBeaconOptions {
  platform?: NodeJS.Platform;
  /** The file system calls used (default node:fs); tests simulate Windows' sharing with them. */
  fs?: BeaconFileSystem;
}

export interface BeaconFileSystem {
  open(path: string, flags: number): Promise<{ close(): Promise<void> }>;
  openSync(path: string, flags: number): number;
  closeSync(fd: number): void;
  unlink(path: string): Promise<void>;
}

export interface HolderBeacon {
  /** Whether a beacon is held (Windows, and the file could be made). */
  held: boolean;
  /** Closes and removes it, after the lock file is removed. */
  release(): Promise<void>;
}

const nodeFileSystem: BeaconFileSystem = {
  open: (path, flags) => fs.open(path, flags, 0o600),
  openSync: (path, flags) => openSync(path, flags),
  closeSync,
  unlink: (path) => fs.unlink(path),
};

/** The beacon of the holder with `token`; undefined for a token that could name another file. */
export function getBeaconPath(dir: string, token: string): string | undefined {
  return /^[A-Za-z0-9_-]{16,64}$/.test(token) ? join(dir, `${token}.holder`) : undefined;
}

/**
 * Holds the beacon for `token` (before the lock file carrying that token is created). Where there is
 * none to hold, or it cannot be made, returns one not held: the holder's pid then decides, as before.
 */
export async function holdBeacon(dir: string, token: string, options: HolderBeaconOptions = {}): Promise<HolderBeacon> {
  const path = getBeaconPath(dir, token);
  const files = options.fs ?? nodeFileSystem;
  if ((options.platform ?? process.platform) !== "win32" || path === undefined) return notHeld;
  let handle: { close(): Promise<void> };
  try {
    handle = await files.open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY | UV_FS_O_EXLOCK);
  } catch {
    return notHeld; // a beacon only sharpens the pid check: its absence must not cost the lock
  }
  return {
    held: true,
    // Never throws: the holder is done either way. A handle that will not close closes with the
    // process; a file left behind reads as "gone" to a waiter, which is true.
    async release() {
      await handle.close().catch(() => undefined);
      await files.unlink(path).catch(() => undefined);
    },
  };
}

/**
 * Whether the holder with `token` still keeps its beacon: true while its process runs, false once it
 * ended (whatever process has its pid now), undefined where there is no beacon to look at (another
 * platform, a holder of an older version, a lock broken and cleared). Never blocks: one open, one close.
 */
export function probeBeacon(dir: string, token: string, options: HolderBeaconOptions = {}): boolean | undefined {
  const path = getBeaconPath(dir, token);
  if ((options.platform ?? process.platform) !== "win32" || path === undefined) return undefined;
  const files = options.fs ?? nodeFileSystem;
  try {
    files.closeSync(files.openSync(path, constants.O_RDONLY));
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EBUSY" ? true : undefined;
  }
}

/** Removes the beacon of a holder found dead, after its lock was broken. Never throws: one left behind reads as "gone". */
export async function removeBeacon(dir: string, token: string, options: HolderBeaconOptions = {}): Promise<void> {
  const path = getBeaconPath(dir, token);
  if ((options.platform ?? process.platform) !== "win32" || path === undefined) return;
  await (options.fs ?? nodeFileSystem).unlink(path).catch(() => undefined);
}

const notHeld: HolderBeacon = { held: false, release: async () => undefined };
