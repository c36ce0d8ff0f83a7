// The credential_process cache-hit path on its own: read the config, find the profile's cache entry,
// hand it out if fresh. Imports neither the AWS SDK nor the lock, the prompts or child processes, so a
// caller can load it alone (the `@mfa-session/core/cached` entry) and pay only for what a hit needs.
import { homedir as osHomedir } from "node:os";
import { getCacheDir } from "../cache/getCacheDir.js";
import { readCacheFile } from "../cache/readCacheFile.js";
import type { ResolvedProfile } from "../config/ResolvedProfile.js";
import { type Clock, systemClock } from "../ports/ports.js";
import { loadProfile } from "./loadProfile.js";
import type { SessionCredentials } from "./ProcessCredentials.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import { readFreshEntry } from "./readFreshEntry.js";

export interface GetCachedCredentialsOptions {
  profile: string;
  env?: NodeJS.ProcessEnv;
  homedir?: string;
  clock?: Clock;
  minRemainingMs?: number;
}

export interface CachedCredentials {
  credentials: SessionCredentials;
  profile: ResolvedProfile;
}

/** Fresh cached credentials for the profile, or undefined (a miss: the caller takes the full path). Throws on a bad config. */
export async function getCachedCredentials(options: GetCachedCredentialsOptions): Promise<CachedCredentials | undefined> {
  const env = options.env ?? process.env;
  const homedir = options.homedir ?? osHomedir();
  const clock = options.clock ?? systemClock;
  const profile = await loadProfile({ profile: options.profile, env, homedir });
  if (profile.mfaSerial === undefined) return undefined;
  const keys = getSessionCacheKeys(profile);
  const dir = getCacheDir({ env, homedir });
  const cache = { read: (key: string) => readCacheFile(dir, key) };
  const entry = await readFreshEntry(cache, keys.role ?? keys.mfaSession, clock.now(), options.minRemainingMs);
  return entry === undefined ? undefined : { credentials: entry.credentials, profile };
}
