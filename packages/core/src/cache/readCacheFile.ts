// Reading one session cache file: the read half of fileSessionCache, on its own so the credential_process
// cache hit loads no write code (no temp files, no node:crypto). Unsafe, foreign or corrupt entries are
// never trusted: they are removed and missed.
import { join } from "node:path";
import { MfaSessionError } from "../errors/MfaSessionError.js";
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
  if (checkPrivateDirSync(dir) === "missing") return undefined;
  const result = readPrivateFileSync(path);
  if (result.status === "missing") return undefined;
  if (result.status === "unsafe") {
    logger.warn(`Ignored and removed the session cache file ${path}: ${result.reason}.`);
    await removeFileIfUnchanged(path, result.identity);
    return undefined;
  }
  const entry = parseCacheEntry(result.text, key);
  if (entry === undefined) {
    logger.warn(`Ignored and removed the session cache file ${path}: it is not a whole mfa-session cache entry.`);
    await removeFileIfUnchanged(path, result.identity);
  }
  return entry;
}
