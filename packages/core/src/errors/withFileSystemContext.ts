// Runs one file-system step of mfa-session; when the machine's file system fails it (a full disk, a
// read-only mount, a folder where a file belongs), the error says what was being done and where.
import { toFileSystemError } from "./toFileSystemError.js";

/** `action` completes "Could not ..." ("write the session cache"); `path` is the file it was for. */
export async function withFileSystemContext<T>(action: string, path: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw toFileSystemError(error, action, path);
  }
}
