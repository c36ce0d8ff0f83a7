// A failure of the machine's file system in words a user can act on: what mfa-session was doing,
// on which path, and what to do (free space, a read-only disk, a folder where a file belongs).
// These are the environment's failures, not bugs: they never read "internal error".
import { MfaSessionError } from "./MfaSessionError.js";

/** Per error code: what is wrong, and what to do. */
const NEXT_STEPS: Readonly<Record<string, readonly [problem: string, nextStep: string]>> = {
  ENOSPC: ["the disk is full", "free some space and run it again"],
  EDQUOT: ["the disk quota is used up", "free some space and run it again"],
  EROFS: ["the file system is read-only", "point mfa-session at a writable folder or remount it"],
  EACCES: ["permission denied", "check the owner and mode of the path and of its folders"],
  EPERM: ["the operation is not permitted", "check the owner and mode of the path and of its folders"],
  EISDIR: ["a folder is where a file belongs", "move the folder away"],
  ENOTDIR: ["a file is where a folder belongs", "move the file away"],
  ENAMETOOLONG: ["the path is too long", "use a shorter folder"],
  ELOOP: ["the path has a loop of symbolic links", "fix the links"],
  EMFILE: ["too many files are open", "close some programs and run it again"],
  ENFILE: ["too many files are open on this machine", "run it again later"],
  EIO: ["the disk reported an input/output error", "check the disk"],
};

/** True for a Node error that comes from the file system rather than from a bug. */
export function isFileSystemError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return error instanceof Error && typeof code === "string" && Object.hasOwn(NEXT_STEPS, code);
}

/**
 * A FILE_SYSTEM MfaSessionError for a file-system failure while doing `action` ("write the session
 * cache"), naming `path` (else the error's own path); any other error is returned unchanged.
 */
export function toFileSystemError(error: unknown, action: string, path?: string): unknown {
  if (!isFileSystemError(error)) return error;
  const where = path ?? error.path;
  const subject = `Could not ${action}${where === undefined ? "" : ` (${where})`}`;
  const [problem, nextStep] = NEXT_STEPS[error.code!]!;
  return new MfaSessionError(`${subject}: ${problem} (${error.code})`, "FILE_SYSTEM", { cause: error, nextStep });
}
