// The home folder that holds ~/.aws, found the way the program that runs credential_process found it,
// so mfa-session reads the config its caller read. docs/paths.md has the rule and why.
import { homedir } from "node:os";
import { win32 } from "node:path";
import { getEnvValue } from "../platform/getEnvValue.js";
import type { Env } from "./Env.js";

export interface GetHomeDirOptions {
  env: Env;
  /** Default: process.platform. */
  platform?: NodeJS.Platform;
  /** Asked only when the environment does not answer. Default: os.homedir(). */
  osHomedir?: () => string;
}

/**
 * Windows: USERPROFILE, else HOMEDRIVE + HOMEPATH, as botocore (Python's os.path.expanduser, which
 * ignores HOME since 3.8), the AWS CLI v2 and the Go SDK do; HOME is often a Git Bash, MSYS2 or
 * Cygwin folder there. Elsewhere: HOME, as every SDK does. Then the OS's answer. Blank means unset.
 */
export function getHomeDir({ env, platform = process.platform, osHomedir = homedir }: GetHomeDirOptions): string {
  const get = (name: string): string | undefined => {
    const value = getEnvValue(env, name, platform);
    return value === undefined || value.trim() === "" ? undefined : value;
  };
  if (platform !== "win32") return get("HOME") ?? osHomedir();
  const profile = get("USERPROFILE");
  if (profile !== undefined) return profile;
  const homePath = get("HOMEPATH");
  if (homePath !== undefined) return win32.join(get("HOMEDRIVE") ?? "", homePath);
  return osHomedir();
}
