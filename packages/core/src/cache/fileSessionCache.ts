// The session cache on disk: one private JSON file per key under the cache folder, shared by every
// process. Entries that are unsafe, foreign or corrupt are never trusted: they are removed and missed.
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { type Clock, type Logger, silentLogger, systemClock } from "../ports/ports.js";
import type { SessionCredentials } from "../session/ProcessCredentials.js";
import type { SessionCache, SessionCacheEntry, SessionCacheMeta } from "./SessionCache.js";
import { getCacheDir } from "./getCacheDir.js";
import { formatCacheEntry, isCacheKey, parseCacheEntry } from "./parseCacheEntry.js";
import { checkPrivateDir, ensurePrivateDir, readPrivateFile, removeFile, removeFileIfUnchanged, writePrivateFileAtomic } from "./secureFiles.js";

const ABANDONED_TEMP_MS = 10 * 60_000;

export interface SessionCacheOptions {
  /** Default: getCacheDir() (MFA_SESSION_CACHE_DIR or ~/.aws/mfa-session/cache). */
  dir?: string;
  clock?: Clock;
  logger?: Logger;
}

export function createSessionCache(options: SessionCacheOptions = {}): SessionCache {
  const dir = options.dir ?? getCacheDir();
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const pathOf = (key: string): string => join(dir, `${checkKey(key)}.json`);

  async function read(key: string): Promise<SessionCacheEntry | undefined> {
    const path = pathOf(key);
    if ((await checkPrivateDir(dir)) === "missing") return undefined;
    const result = await readPrivateFile(path);
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

  async function write(key: string, meta: SessionCacheMeta, credentials: SessionCredentials): Promise<void> {
    const path = pathOf(key);
    await ensurePrivateDir(dir);
    await writePrivateFileAtomic(path, formatCacheEntry({ key, meta, credentials, createdAt: new Date(clock.now()) }));
  }

  async function remove(key: string): Promise<void> {
    const path = pathOf(key);
    if ((await checkPrivateDir(dir)) === "missing") return;
    await removeFile(path);
  }

  async function list(): Promise<SessionCacheEntry[]> {
    if ((await checkPrivateDir(dir)) === "missing") return [];
    const names = await fs.readdir(dir);
    await removeAbandonedTempFiles(dir, names, clock.now());
    const keys = names
      .filter((name) => name.endsWith(".json"))
      .map((name) => name.slice(0, -".json".length))
      .filter(isCacheKey)
      .sort();
    const entries: SessionCacheEntry[] = [];
    for (const key of keys) {
      const entry = await read(key);
      if (entry !== undefined) entries.push(entry);
    }
    return entries;
  }

  return { read, write, delete: remove, list };
}

/** A writer killed between creating its temp file and renaming it leaves `.<key>.json.<hex>.tmp` behind. */
async function removeAbandonedTempFiles(dir: string, names: string[], now: number): Promise<void> {
  for (const name of names.filter((candidate) => /^\.[a-f0-9]{64}\.json\.[a-f0-9]+\.tmp$/.test(candidate))) {
    const path = join(dir, name);
    const stats = await fs.lstat(path).catch(() => undefined);
    if (stats !== undefined && now - stats.mtimeMs > ABANDONED_TEMP_MS) await removeFile(path);
  }
}

function checkKey(key: string): string {
  if (!isCacheKey(key)) {
    throw new MfaSessionError("Session cache keys are 64 lowercase hex characters (a SHA-256); this is a bug in the caller.");
  }
  return key;
}
