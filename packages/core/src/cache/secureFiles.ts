// The one module that reads and writes private files (session cache, used codes, locks, seeds, QR
// codes, discovery files): 0700 folders, 0600 files, atomic writes, and never following a symlink.
import { closeSync, constants, fstatSync, lstatSync, openSync, promises as fs, readFileSync, type Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { toFileSystemError } from "../errors/toFileSystemError.js";
import { findWindowsDrive } from "../platform/findWindowsDrive.js";
import { fromNamespacedPath } from "../platform/fromNamespacedPath.js";
import { randomHex } from "../platform/randomHex.js";
import { restrictFolderToOwner } from "../platform/restrictFolderToOwner.js";

/**
 * POSIX permission checks are meaningless on Windows: there a folder mfa-session creates gets an
 * owner-only ACL instead (ensurePrivateDir), and the profile folder's ACL protects the default place.
 */
const checksPermissions = process.platform !== "win32";

/** The platform seams of the folder checks; production defaults, simulated in tests. */
export interface PrivateDirOptions {
  /** Default: process.platform. */
  platform?: NodeJS.Platform;
  /** Windows: limits a folder just created to the user (icacls). Default: restrictFolderToOwner. */
  restrictToOwner?: (dir: string) => Promise<void>;
  /** The WSL Windows drive that holds `dir`, to word a refusal. Default: findWindowsDrive. */
  findWindowsDrive?: (dir: string) => string | undefined;
}

const defaultRestrictToOwner = (dir: string) => restrictFolderToOwner(dir, { env: process.env });
const defaultFindWindowsDrive = (dir: string) => findWindowsDrive(dir, { env: process.env });
const MAX_PRIVATE_FILE_BYTES = 1024 * 1024;

/** "dev:ino" of what was read, so a caller removes a bad file only if it was not replaced meanwhile. */
export type FileIdentity = string;

export type PrivateFileReadResult =
  | { status: "ok"; text: string; identity: FileIdentity }
  | { status: "missing" }
  /** `reason` names the problem (never the content); the caller decides to ignore, remove or refuse. */
  | { status: "unsafe"; reason: string; identity?: FileIdentity };

function ourUid(platform: NodeJS.Platform = process.platform): number | undefined {
  return platform !== "win32" && typeof process.getuid === "function" ? process.getuid() : undefined;
}

function quote(path: string, platform: NodeJS.Platform = process.platform): string {
  return platform === "win32" ? `"${path}"` : `'${path.replace(/'/g, `'\\''`)}'`;
}

function isErrno(error: unknown, ...codes: string[]): boolean {
  return typeof error === "object" && error !== null && codes.includes((error as NodeJS.ErrnoException).code ?? "");
}

/**
 * Creates `dir` (and parents) with mode 0700, or checks that the existing folder is private and ours.
 * Windows: the first folder it creates gets an owner-only ACL, inherited by the folders and files below
 * it; when that fails the folders it created are removed again (if still empty) and it refuses. A folder
 * that already exists is used as it is: Node cannot read an ACL, and rewriting one could take a shared
 * folder away from its other users.
 */
export async function ensurePrivateDir(dir: string, options: PrivateDirOptions = {}): Promise<void> {
  const platform = options.platform ?? process.platform;
  let stats = lstatSyncOrUndefined(dir);
  if (stats === undefined) {
    const created = await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    if (platform === "win32" && created !== undefined) await restrictCreated(dir, fromNamespacedPath(created), options.restrictToOwner ?? defaultRestrictToOwner);
    stats = await fs.lstat(dir);
  }
  assertPrivateDir(dir, stats, platform, options.findWindowsDrive ?? defaultFindWindowsDrive);
  // A folder we own that others may only read or enter: tighten it rather than refuse.
  if (platform !== "win32" && (stats.mode & 0o077) !== 0) await fs.chmod(dir, 0o700);
}

async function restrictCreated(dir: string, created: string, restrictToOwner: (dir: string) => Promise<void>): Promise<void> {
  try {
    await restrictToOwner(created);
  } catch (error) {
    // Not recursive: files another process already wrote there are its to keep or remove.
    const top = resolve(created);
    for (let folder = resolve(dir); ; folder = dirname(folder)) {
      const removed = await fs.rmdir(folder).then(() => true, () => false);
      if (!removed || folder === top || dirname(folder) === folder) break;
    }
    throw error;
  }
}

/**
 * ensurePrivateDir, then that this process may create files in it (a read-only disk, a folder without
 * write permission): checked before an MFA code is asked for, so a code is never spent on a session
 * that cannot be kept. A file-system failure comes back as toFileSystemError words it.
 */
export async function ensureWritablePrivateDir(dir: string, action: string, options: PrivateDirOptions = {}): Promise<void> {
  try {
    await ensurePrivateDir(dir, options);
    await fs.access(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw toFileSystemError(error, action, dir);
  }
}

/**
 * Throws CACHE_UNSAFE (with the command that fixes it) when `dir` exists but is not safe to use.
 * Synchronous, like readPrivateFileSync: the credential_process cache hit reads through both and a
 * first asynchronous file call would cost it the start of libuv's thread pool.
 */
export function checkPrivateDirSync(dir: string, options: PrivateDirOptions = {}): "ok" | "missing" {
  const stats = lstatSyncOrUndefined(dir);
  if (stats === undefined) return "missing";
  assertPrivateDir(dir, stats, options.platform ?? process.platform, options.findWindowsDrive ?? defaultFindWindowsDrive);
  return "ok";
}

function assertPrivateDir(dir: string, stats: Stats, platform: NodeJS.Platform, findDrive: (dir: string) => string | undefined): void {
  if (stats.isSymbolicLink()) {
    const replace = platform === "win32"
      ? `Remove the link (rmdir ${quote(dir, platform)}) and mfa-session creates a private folder there`
      : `Replace it with a private folder: rm ${quote(dir, platform)} && mkdir -m 700 ${quote(dir, platform)}`;
    throw new MfaSessionError(`The folder ${dir} is a symbolic link, so mfa-session will not use it. ${replace}`, "CACHE_UNSAFE");
  }
  if (!stats.isDirectory()) {
    throw new MfaSessionError(`${dir} is not a folder. Move it away so mfa-session can create its private folder there.`, "CACHE_UNSAFE");
  }
  const uid = ourUid(platform);
  if (uid === undefined) return;
  const foreign = stats.uid !== uid;
  if (!foreign && (stats.mode & 0o022) === 0) return;
  // On WSL's Windows drives owners and modes are made up and chmod does nothing: say what works there.
  const drive = findDrive(dir);
  if (drive !== undefined) {
    throw new MfaSessionError(
      `The folder ${dir} is on the Windows drive ${drive}, where WSL cannot keep it private (modes read 0777 and chmod has no effect ` +
        "unless the drive is mounted with the metadata option), so mfa-session will not use it. Use a folder on the Linux file system: " +
        "unset MFA_SESSION_CACHE_DIR if it points there, or point it at ~/.cache/mfa-session.",
      "CACHE_UNSAFE",
    );
  }
  if (foreign) {
    throw new MfaSessionError(
      `The folder ${dir} belongs to another user (uid ${stats.uid}), so mfa-session will not use it. ` +
        `Remove it (sudo rm -rf ${quote(dir)}) or give it to yourself: sudo chown "$(id -u)" ${quote(dir)} && chmod 700 ${quote(dir)}`, "CACHE_UNSAFE",
    );
  }
  throw new MfaSessionError(
    `The folder ${dir} is writable by other users, so mfa-session will not use it. Fix it with: chmod 700 ${quote(dir)}`, "CACHE_UNSAFE",
  );
}

function lstatSyncOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return undefined;
    throw error;
  }
}

/**
 * Writes `data` to `path` atomically: a new temp file in the same folder (O_EXCL, 0600), fsync, rename.
 * The rename replaces whatever `path` was (a symlink included) without following it. The folder must
 * already be private (ensurePrivateDir).
 */
export async function writePrivateFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomHex(6)}.tmp`);
  const handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    try {
      if (checksPermissions) await handle.chmod(0o600); // the umask may have removed bits; never added
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncDir(dir);
}

async function syncDir(dir: string): Promise<void> {
  if (!checksPermissions) return;
  try {
    const handle = await fs.open(dir, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Durability of the rename is best effort; some file systems refuse to fsync a folder.
  }
}

/**
 * Reads a private file without following symlinks. "unsafe" when it is a symlink, not a regular file,
 * not ours, readable or writable by group/other, or too large to be one of ours. Synchronous: these
 * files are small and local, and the cache-hit path must not wait for a thread pool to start.
 */
export function readPrivateFileSync(path: string): PrivateFileReadResult {
  const read = readPrivateBytesSync(path);
  return read.status === "ok" ? { status: "ok", text: read.bytes.toString("utf8"), identity: read.identity } : read;
}

export type PrivateBytesReadResult = Exclude<PrivateFileReadResult, { status: "ok" }> | { status: "ok"; bytes: Buffer; identity: FileIdentity };

/** readPrivateFileSync for binary files (V8 code caches): the same checks, the content as bytes. */
export function readPrivateBytesSync(path: string): PrivateBytesReadResult {
  let fd: number;
  try {
    const noFollow = checksPermissions ? constants.O_NOFOLLOW : 0;
    if (!checksPermissions && lstatSyncOrUndefined(path)?.isSymbolicLink()) {
      return { status: "unsafe", reason: "it is a symbolic link" };
    }
    fd = openSync(path, constants.O_RDONLY | noFollow | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    if (isErrno(error, "ENOENT")) return { status: "missing" };
    if (isErrno(error, "ELOOP", "EMLINK")) return { status: "unsafe", reason: "it is a symbolic link", ...identityOfSync(path) };
    if (isErrno(error, "EACCES", "EPERM")) return { status: "unsafe", reason: "it cannot be read (permission denied)" };
    throw error;
  }
  try {
    const stats = fstatSync(fd);
    const identity = identityFromStats(stats);
    if (!stats.isFile()) return { status: "unsafe", reason: "it is not a regular file", identity };
    const uid = ourUid();
    if (uid !== undefined && stats.uid !== uid) return { status: "unsafe", reason: `it belongs to another user (uid ${stats.uid})`, identity };
    if (checksPermissions && (stats.mode & 0o077) !== 0) {
      const reason = `its permissions ${(stats.mode & 0o777).toString(8)} let other users read or change it`;
      return { status: "unsafe", reason, identity };
    }
    if (stats.size > MAX_PRIVATE_FILE_BYTES) return { status: "unsafe", reason: "it is too large", identity };
    return { status: "ok", bytes: readFileSync(fd), identity };
  } finally {
    closeSync(fd);
  }
}

function identityFromStats(stats: Stats): FileIdentity {
  return `${stats.dev}:${stats.ino}`;
}

function identityOfSync(path: string): { identity?: FileIdentity } {
  const stats = lstatSyncOrUndefined(path);
  return stats === undefined ? {} : { identity: identityFromStats(stats) };
}

/**
 * Removes `path` (never a symlink's target) unless it is no longer the file that was read: a bad entry
 * replaced by a fresh one from another process in the meantime must survive. Best effort by design.
 */
export async function removeFileIfUnchanged(path: string, identity: FileIdentity | undefined): Promise<void> {
  if (identity !== undefined) {
    const now = identityOfSync(path);
    if (now.identity !== identity) return;
  }
  await removeFile(path);
}

/** Removes the file (or the symlink itself, never its target); missing is fine. */
export async function removeFile(path: string): Promise<void> {
  try {
    await fs.unlink(path);
  } catch (error) {
    if (isErrno(error, "ENOENT")) return;
    throw error;
  }
}
