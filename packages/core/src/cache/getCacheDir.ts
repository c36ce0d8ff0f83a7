// Where the session cache lives: MFA_SESSION_CACHE_DIR, else the `cache` folder of getStateDir
// (~/.aws/mfa-session/cache; on WSL with ~/.aws on a Windows drive, a Linux-side folder).
import { join } from "node:path";
import type { Env } from "../config/Env.js";
import { getHomeDir } from "../config/getHomeDir.js";
import type { FileSystemProbe } from "../platform/findWindowsDrive.js";
import { getStateDir } from "./getStateDir.js";

export interface GetCacheDirOptions {
  env?: Env;
  /** Default: getHomeDir. */
  homedir?: string;
  /** Default: process.platform. */
  platform?: NodeJS.Platform;
  /** Default: the real file system (read on WSL only). */
  probe?: FileSystemProbe;
}

export const CACHE_DIR_ENV = "MFA_SESSION_CACHE_DIR";

export function getCacheDir(options: GetCacheDirOptions = {}): string {
  const env = options.env ?? process.env;
  const fromEnv = env[CACHE_DIR_ENV]?.trim();
  if (fromEnv) return fromEnv;
  const platform = options.platform ?? process.platform;
  const homedir = options.homedir ?? getHomeDir({ env, platform });
  return join(getStateDir({ homedir, env, platform, ...(options.probe ? { probe: options.probe } : {}) }).dir, "cache");
}
