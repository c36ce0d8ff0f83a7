// The session cache on disk: one private JSON file per key under the cache folder, shared by every
// process. Reading is readCacheFile; entries that are unsafe, foreign or corrupt are removed and missed.
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { withFileSystemContext } from "../errors/withFileSystemContext.js";
import { type Clock, type Logger, silentLogger, systemClock } from "../ports/ports.js";
import type { SessionCredentials } from "../session/ProcessCredentials.js";
import type { SessionCache, SessionCacheEntry, SessionCacheMeta } from "./SessionCache.js";
import { getCacheDir } from "./getCacheDir.js";
import { formatCacheEntry, isCacheKey } from "./parseCacheEntry.js";
import { cacheFilePath, readCacheFile } from "./readCacheFile.js";
import { addSignOut, formatSignOuts, NO_SIGN_OUTS, parseSignOuts, type SignOutScope, type SignOuts } from "./signOuts.js";
import { checkPrivateDirSync, ensurePrivateDir, ensureWritablePrivateDir, readPrivateFileSync, removeFile, writePrivateFileAtomic } from "./secureFiles.js";

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
  const pathOf = (key: string): string => cacheFilePath(dir, key);

  const read = (key: string): Promise<SessionCacheEntry | undefined> => readCacheFile(dir, key, logger);

  async function write(key: string, meta: SessionCacheMeta, credentials: SessionCredentials): Promise<void> {
    const path = pathOf(key);
    await withFileSystemContext("save the session in the cache", path, async () => {
      await ensurePrivateDir(dir);
      await writePrivateFileAtomic(path, formatCacheEntry({ key, meta, credentials, createdAt: new Date(clock.now()) }));
    });
  }

  async function remove(key: string): Promise<void> {
    const path = pathOf(key);
    await withFileSystemContext("remove a session from the cache", path, async () => {
      if (checkPrivateDirSync(dir) === "missing") return;
      await removeFile(path);
    });
  }

  async function list(): Promise<SessionCacheEntry[]> {
    const names = await withFileSystemContext("list the session cache", dir, async () => {
      if (checkPrivateDirSync(dir) === "missing") return undefined;
      const found = await fs.readdir(dir);
      await removeAbandonedTempFiles(dir, found, clock.now());
      return found;
    });
    if (names === undefined) return [];
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

  const prepare = (): Promise<void> => ensureWritablePrivateDir(dir, "use the session cache folder");

  const signOutPath = join(dir, "signed-out.json");
  const readSignOutsNow = (): SignOuts => {
    const result = readPrivateFileSync(signOutPath);
    return result.status === "ok" ? parseSignOuts(result.text) : NO_SIGN_OUTS;
  };

  async function recordSignOut(scope: SignOutScope): Promise<void> {
    await withFileSystemContext("record the logout", signOutPath, async () => {
      await ensurePrivateDir(dir);
      await writePrivateFileAtomic(signOutPath, formatSignOuts(addSignOut(readSignOutsNow(), scope, clock.now())));
    });
  }

  const readSignOuts = (): Promise<SignOuts> =>
    withFileSystemContext("read the logout record", signOutPath, async () => (checkPrivateDirSync(dir) === "missing" ? NO_SIGN_OUTS : readSignOutsNow()));

  return { read, prepare, write, delete: remove, list, recordSignOut, readSignOuts };
}

/** A writer killed between creating its temp file and renaming it leaves `.<key>.json.<hex>.tmp` behind. */
async function removeAbandonedTempFiles(dir: string, names: string[], now: number): Promise<void> {
  for (const name of names.filter((candidate) => /^\.[a-f0-9]{64}\.json\.[a-f0-9]+\.tmp$/.test(candidate))) {
    const path = join(dir, name);
    const stats = await fs.lstat(path).catch(() => undefined);
    if (stats !== undefined && now - stats.mtimeMs > ABANDONED_TEMP_MS) await removeFile(path);
  }
}
