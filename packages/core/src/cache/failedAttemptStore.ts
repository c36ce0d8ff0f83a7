// Where a lock holder leaves the failure of its attempt for the callers that waited on it: one small
// private file per lock in the cache folder, `<lock name>.failed-attempt` (parseFailedAttempt.ts).
import { join } from "node:path";
import { type FailedAttempt, formatFailedAttempt, parseFailedAttempt } from "./parseFailedAttempt.js";
import { getCacheDir } from "./getCacheDir.js";
import { ensurePrivateDir, readPrivateFileSync, removeFile, removeFileIfUnchanged, writePrivateFileAtomic } from "./secureFiles.js";

export interface FailedAttemptStore {
  /** The last failure left for `lockName`; undefined when none, or not a whole record (then removed). */
  read(lockName: string): Promise<FailedAttempt | undefined>;
  /** Atomic, 0600 in the private cache folder. */
  write(lockName: string, attempt: FailedAttempt): Promise<void>;
  remove(lockName: string): Promise<void>;
}

export interface FailedAttemptStoreOptions {
  /** Default: getCacheDir(). */
  dir?: string;
}

export function createFailedAttemptStore(options: FailedAttemptStoreOptions = {}): FailedAttemptStore {
  const dir = options.dir ?? getCacheDir();
  const pathOf = (lockName: string): string => {
    if (!/^[A-Za-z0-9_-]{1,100}$/.test(lockName)) throw new Error(`failedAttemptStore: ${JSON.stringify(lockName)} is not a lock name`);
    return join(dir, `${lockName}.failed-attempt`);
  };

  async function read(lockName: string): Promise<FailedAttempt | undefined> {
    const path = pathOf(lockName);
    const result = readPrivateFileSync(path);
    if (result.status === "missing") return undefined;
    const attempt = result.status === "ok" ? parseFailedAttempt(result.text) : undefined;
    if (attempt === undefined) await removeFileIfUnchanged(path, result.identity);
    return attempt;
  }

  async function write(lockName: string, attempt: FailedAttempt): Promise<void> {
    await ensurePrivateDir(dir);
    await writePrivateFileAtomic(pathOf(lockName), formatFailedAttempt(attempt));
  }

  const remove = (lockName: string): Promise<void> => removeFile(pathOf(lockName));

  return { read, write, remove };
}
