// Where the session cache lives: MFA_SESSION_CACHE_DIR, else ~/.aws/mfa-session/cache.
import { homedir as osHomedir } from "node:os";
import { join } from "node:path";

export interface GetCacheDirOptions {
  env?: Readonly<Record<string, string | undefined>>;
  homedir?: string;
}

export const CACHE_DIR_ENV = "MFA_SESSION_CACHE_DIR";

export function getCacheDir(options: GetCacheDirOptions = {}): string {
  const fromEnv = (options.env ?? process.env)[CACHE_DIR_ENV]?.trim();
  if (fromEnv) return fromEnv;
  return join(options.homedir ?? osHomedir(), ".aws", "mfa-session", "cache");
}
