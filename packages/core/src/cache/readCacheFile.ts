// Reading one session cache file: the read half of fileSessionCache, on its own so the credential_process
// cache hit loads no write code (no temp files, no node:crypto). Unsafe, foreign or corrupt entries are
// never trusted: they are removed and missed.
import { join } from "node:path";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { withFileSystemContext } from "../errors/withFileSystemContext.js";
import { type Logger, silentLogger } from "../ports/ports.js";
import type { SessionCacheEntry } from "./SessionCache.js";
import { isCacheKey, parseCacheEntry } from "./parseCacheEntry.js";
import { checkPrivateDirSync, readPrivateFileSync, removeFileIfUnchanged } from "./secureFiles.js";

export function cacheFilePath(dir: string, key: string): string {
  if (!isCacheKey(key)) {
    throw new MfaSessionError("Session cache keys are 64 lowercase hex characters (a SHA-256); this is a bug in the caller.");
  }
  return join(dir, `${key}.json`);
}

/** The entry stored under `key` in `dir`, or undefined when missing or not trustworthy (then removed). */
export async function readCacheFile(dir: string, key: string, logger: Logger = silentLogger): Promise<SessionCacheEntry | undefined> {
  const path = cacheFilePath(dir, key);
  return withFileSystemContext("read the session cache", path, () => readEntry(dir, path, key, logger));
}

async function readEntry(dir: string, path: string, key: string, logger: Logger): Promise<SessionCacheEntry | undefined> {
  if (checkPrivateDirSync(dir) === "missing") return undefined;
  const result = readPrivateFileSync(path);
  if (result.status === "missing") return undefined;
  if (result.status === "unsafe") {
    await removeFileIfUnchanged(path, result.identity);
    logger.warn(`Ignored and removed the session cache file ${path}: ${result.reason}.`);
    return undefined;
  }
  const entry = parseCacheEntry(result.text, key);
  if (entry === undefined) {
    await removeFileIfUnchanged(path, result.identity);
    logger.warn(`Ignored and removed the session cache file ${path}: it is not a whole mfa-session cache entry.`);
  }
  return entry;
}
