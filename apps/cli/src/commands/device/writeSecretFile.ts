// Writes a seed or QR file the user asked for: mode 0600 from the first byte, atomic (temp file +
// link/rename), and never over an existing file unless `force`.
import { randomBytes } from "node:crypto";
import { constants, promises as fs } from "node:fs";
import { basename, dirname, join } from "node:path";
import { MfaSessionError } from "@mfa-session/core";

/** Fails early, before a device is created, when `path` exists and may not be replaced. */
export async function assertWritable(path: string, options: { force?: boolean } = {}): Promise<void> {
  if (options.force) return;
  try {
    await fs.lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  throw new MfaSessionError(`${path} already exists: choose another --outfile, or pass --force to replace it.`, "FILE_EXISTS");
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
