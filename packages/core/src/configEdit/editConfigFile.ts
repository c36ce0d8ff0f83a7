// Every change to ~/.aws/config or ~/.aws/credentials goes through here: under the cross-process
// lock named after the file's real path (the one lock folder sessions use too), the file is read
// again and the edit applied to what is there now, so nothing another process wrote meanwhile is
// lost; then it is written atomically through any symlink (writeConfigFile).
import { join } from "node:path";
import { getCacheDir } from "../cache/getCacheDir.js";
import type { Env } from "../config/Env.js";
import { toFileSystemError } from "../errors/toFileSystemError.js";
import { createFileLocker } from "../lock/fileLock.js";
import type { Locker } from "../lock/Lock.js";
import { type ConfigFileSystem, nodeConfigFileSystem, readConfigFile, resolveConfigFileTarget, writeConfigFile } from "./writeConfigFile.js";

export interface EditConfigFileOptions {
  env: Env;
  homedir: string;
  /** Default: the file lock in `<cache dir>/locks`, as for sessions. */
  locker?: Locker;
  /** As writeConfigFile's: 0o600 when the file holds a secret. */
  maxMode?: number;
  fs?: ConfigFileSystem;
}

export interface ConfigFileEditResult {
  /** false: the edit left the text as it was, and the file was not touched. */
  changed: boolean;
  /** The text the edit was applied to, read under the lock. */
  before: string;
  after: string;
  /** The previous version, when the file existed and changed. */
  backupPath?: string;
}

/** The lock that serialises edits of one file, whatever path or link names it. */
export function getConfigFileLockName(target: string): string {
  return `aws-shared-file:${target}`;
}

export function getConfigFileLockDir(options: { env: Env; homedir: string }): string {
  return join(getCacheDir(options), "locks");
}

/** Applies `edit` to the file's current text under its lock, and writes the result if it differs. */
export async function editConfigFile(
  path: string,
  edit: (current: string) => string | Promise<string>,
  options: EditConfigFileOptions,
): Promise<ConfigFileEditResult> {
  const fs = options.fs ?? nodeConfigFileSystem;
  const target = await resolveConfigFileTarget(path, fs).catch((error: unknown) => {
    throw toFileSystemError(error, "open the file to edit", path);
  });
  const locker = options.locker ?? createFileLocker({ dir: getConfigFileLockDir(options) });
  return locker.withLock(getConfigFileLockName(target), async () => {
    const before = await readConfigFile(target, fs).catch((error: unknown) => {
      throw toFileSystemError(error, "read the file to edit", path);
    });
    const after = await edit(before);
    if (after === before) return { changed: false, before, after };
    const backupPath = await writeConfigFile(path, after, { fs, ...(options.maxMode === undefined ? {} : { maxMode: options.maxMode }) }).catch((error: unknown) => {
      throw toFileSystemError(error, "save the edit, so the file keeps its previous text", path);
    });
    return { changed: true, before, after, ...(backupPath === undefined ? {} : { backupPath }) };
  });
}
