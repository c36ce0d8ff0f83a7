// The one module of configEdit that touches the filesystem: reads a shared config file, and writes
// an edited version atomically (temp file + rename, same mode) after keeping a backup of the old one.
// A symlinked file (a dotfiles setup) is written through: the temp file goes beside the link's
// target and is renamed onto the target, so the link stays a link; the backup likewise.
import { promises as nodeFs } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { randomHex } from "../platform/randomHex.js";

/** The calls this module makes; tests inject one that fails like a full disk. */
export interface ConfigFileSystem {
  lstat(path: string): Promise<{ isSymbolicLink(): boolean; mode: number }>;
  readlink(path: string): Promise<string>;
  realpath(path: string): Promise<string>;
  mkdir(path: string, options: { recursive: true; mode: number }): Promise<unknown>;
  readFile(path: string, encoding: "utf8"): Promise<string>;
  writeFile(path: string, text: string, options: { mode: number; flag: "wx"; flush: true }): Promise<void>;
  chmod(path: string, mode: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

export const nodeConfigFileSystem: ConfigFileSystem = nodeFs;

/** Symbolic links followed before giving up, as the kernel's ELOOP limit. */
const MAX_LINKS = 40;

/** The file's text, or "" when it does not exist yet. */
export async function readConfigFile(path: string, fs: ConfigFileSystem = nodeConfigFileSystem): Promise<string> {
  try {
    return await fs.readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "";
    throw error;
  }
}

/**
 * The file that writing `path` must replace: `path` itself, or the end of its chain of symbolic links
 * (a dangling link names the file to create), in its folder's real path. Creates that folder (0700).
 */
export async function resolveConfigFileTarget(path: string, fs: ConfigFileSystem = nodeConfigFileSystem): Promise<string> {
  let current = resolve(path);
  for (let links = 0; ; links++) {
    let isLink: boolean;
    try {
      isLink = (await fs.lstat(current)).isSymbolicLink();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      break;
    }
    if (!isLink) break;
    if (links === MAX_LINKS) throw Object.assign(new Error(`ELOOP: too many symbolic links, ${path}`), { code: "ELOOP", path });
    current = resolve(dirname(current), await fs.readlink(current));
  }
  await fs.mkdir(dirname(current), { recursive: true, mode: 0o700 });
  return join(await fs.realpath(dirname(current)), basename(current));
}

export interface WriteConfigFileOptions {
  /** Where the previous version goes; default `${path}.mfa-session.bak`. Nothing is kept when the file is new. */
  backupPath?: string;
  /** Permission bits the file (and its backup) may keep at most: 0o600 for a file that holds a secret. Default: the old file's. */
  maxMode?: number;
  fs?: ConfigFileSystem;
}

/** Writes `text` to `path` (through its links); returns the backup's path when there was a previous version. */
export async function writeConfigFile(path: string, text: string, options: WriteConfigFileOptions = {}): Promise<string | undefined> {
  const fs = options.fs ?? nodeConfigFileSystem;
  const target = await resolveConfigFileTarget(path, fs);
  let mode = 0o600;
  let previous: string | undefined;
  try {
    mode = (await fs.lstat(target)).mode & 0o777 & (options.maxMode ?? 0o777);
    previous = await fs.readFile(target, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  let backupPath: string | undefined;
  if (previous !== undefined) {
    backupPath = options.backupPath ?? `${path}.mfa-session.bak`;
    await replaceFile(fs, await resolveConfigFileTarget(backupPath, fs), previous, mode & 0o700);
  }
  await replaceFile(fs, target, text, mode);
  return backupPath;
}

/** Atomically replaces the regular file (or nothing) at `target`: a whole new file or the old one, never half. */
async function replaceFile(fs: ConfigFileSystem, target: string, text: string, mode: number): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomHex(6)}.tmp`);
  try {
    await fs.writeFile(temp, text, { mode, flag: "wx", flush: true });
    await fs.chmod(temp, mode); // the umask may have removed bits the old file had
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
