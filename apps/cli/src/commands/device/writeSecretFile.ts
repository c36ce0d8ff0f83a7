// Writes a seed or QR file the user asked for: mode 0600 from the first byte, atomic (temp file +
// link/rename), and never over an existing file unless `force`.
import { randomBytes } from "node:crypto";
import { constants, promises as fs, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { MfaSessionError, toFileSystemError } from "@mfa-session/core";

/**
 * Every check writeSecretFile's write depends on, run before a device is created (its seed is shown
 * only once): the folder exists, is a folder and can be written in; `path` is not a folder, and not
 * an existing file unless `force`. What only the write itself can find (a disk that fills meanwhile)
 * is still reported by writeSecretFile, with the device to delete.
 */
export async function assertWritable(path: string, options: { force?: boolean } = {}): Promise<void> {
  const dir = dirname(path);
  const folder = await statOrUndefined(dir, "use the folder of --outfile");
  if (folder === undefined) throw outfileError(`The folder ${dir} does not exist`, "create it, or choose another --outfile");
  if (!folder.isDirectory()) throw outfileError(`${dir} is not a folder`, "choose another --outfile");
  try {
    await fs.access(dir, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw toFileSystemError(error, "write in the folder of --outfile", dir);
  }
  const target = await statOrUndefined(path, "use --outfile", true);
  if (target === undefined) return;
  if (target.isDirectory()) throw outfileError(`${path} is a folder`, "choose another --outfile");
  if (options.force) return;
  throw new MfaSessionError(`${path} already exists: choose another --outfile, or pass --force to replace it.`, "FILE_EXISTS");
}

async function statOrUndefined(path: string, action: string, noFollow = false): Promise<Stats | undefined> {
  try {
    return noFollow ? await fs.lstat(path) : await fs.stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw toFileSystemError(error, action, path);
  }
}

function outfileError(problem: string, nextStep: string): MfaSessionError {
  return new MfaSessionError(problem, "FILE_SYSTEM", { nextStep });
}

export async function writeSecretFile(path: string, data: string | Uint8Array, options: { force?: boolean } = {}): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await fs.open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
  try {
    try {
      await handle.chmod(0o600);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) {
      await fs.rename(temp, path);
      return;
    }
    try {
      // link() fails with EEXIST instead of replacing: the no-clobber twin of rename().
      await fs.link(temp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") {
        throw new MfaSessionError(`${path} already exists: choose another --outfile, or pass --force to replace it.`, "FILE_EXISTS", { cause: error });
      }
      throw error;
    }
  } finally {
    await fs.rm(temp, { force: true });
  }
}
