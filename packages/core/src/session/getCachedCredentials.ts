// THE cache hit: every answer from the session cache goes through here, the credential_process fast
// path (apps/cli bin.ts, through the `@mfa-session/core/cached` entry) and getCredentials alike, so its
// checks hold on every path: a recursion is refused, a profile worth a warning is warned about, and
// only a fresh entry is handed out. Imports neither the AWS SDK nor the lock, the prompts or child
// processes, and makes no asynchronous file call, so a caller can load it alone and pay only for a hit.
import { homedir as osHomedir } from "node:os";
import { getCacheDir } from "../cache/getCacheDir.js";
import { readCacheFile } from "../cache/readCacheFile.js";
import type { SessionCache } from "../cache/SessionCache.js";
import type { ResolvedProfile } from "../config/ResolvedProfile.js";
import { type Clock, type Logger, silentLogger, systemClock } from "../ports/ports.js";
import { getProfileWarnings } from "./getProfileWarnings.js";
import { loadProfile } from "./loadProfile.js";
import type { SessionCredentials } from "./ProcessCredentials.js";
import { guardProfileStack } from "./profileStack.js";
import { readCachedSession } from "./readCachedSession.js";

export interface GetCachedCredentialsOptions {
  /** Explicit name; else AWS_PROFILE, AWS_DEFAULT_PROFILE, "default". */
  profile?: string | undefined;
  env?: NodeJS.ProcessEnv;
  homedir?: string;
  clock?: Clock;
  /** Receives the profile's warnings (getProfileWarnings), hit or miss. */
  logger?: Logger;
  /** Default: the cache files in getCacheDir(). */
  cache?: Pick<SessionCache, "read">;
  minRemainingMs?: number;
  /** Resolve and check the profile only: no answer from the cache (`login --force`). */
  forceRefresh?: boolean;
}

export interface CachedCredentials {
  /** The profile, resolved and checked: a miss hands it on to the full path. */
  profile: ResolvedProfile;
  /** Fresh cached credentials; undefined is a miss. */
  credentials?: SessionCredentials;
}

/** Throws on a bad config and on a recursion (CREDENTIAL_PROCESS_RECURSION). */
export async function getCachedCredentials(options: GetCachedCredentialsOptions = {}): Promise<CachedCredentials> {
  const env = options.env ?? process.env;
  const homedir = options.homedir ?? osHomedir();
  const logger = options.logger ?? silentLogger;
  const profile = await loadProfile({ profile: options.profile, env, homedir });
  guardProfileStack(env, profile.name);
  for (const warning of getProfileWarnings(profile)) logger.warn(warning);
  if (options.forceRefresh) return { profile };
  const dir = getCacheDir({ env, homedir });
  const cache = options.cache ?? { read: (key: string) => readCacheFile(dir, key, logger) };
  const nowMs = (options.clock ?? systemClock).now();
  const entry = await readCachedSession(profile, { cache, nowMs, minRemainingMs: options.minRemainingMs, logger });
  return entry === undefined ? { profile } : { profile, credentials: entry.credentials };
}
