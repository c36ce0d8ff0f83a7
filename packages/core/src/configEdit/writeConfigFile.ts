// The one module of configEdit that touches the filesystem: reads a shared config file, and writes
// an edited version atomically (temp file + rename, same mode) after keeping a backup of the old one.
import { randomBytes } from "node:crypto";
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile, chmod } from "node:fs/promises";
import { dirname } from "node:path";

/** The file's text, or "" when it does not exist yet. */
export async function readConfigFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "";
    throw error;
  }
}

export interface WriteConfigFileOptions {
  /** Where the previous version goes; default `${path}.mfa-session.bak`. Nothing is copied when the file is new. */
  backupPath?: string;
}

/** Writes `text` to `path`; returns the backup's path when there was a previous version. */
export async function writeConfigFile(path: string, text: string, options: WriteConfigFileOptions = {}): Promise<string | undefined> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  let mode = 0o600;
  let backupPath: string | undefined;
  try {
    mode = (await stat(path)).mode & 0o777;
    backupPath = options.backupPath ?? `${path}.mfa-session.bak`;
    await copyFile(path, backupPath);
    await chmod(backupPath, mode & 0o700);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    backupPath = undefined;
  }
  const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  try {
    await writeFile(temp, text, { mode, flag: "wx" });
    await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return backupPath;
}
