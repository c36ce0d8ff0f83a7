// The folder that holds mfa-session's own files (the session cache, its locks and used codes, the VS
// Code prompt's discovery files): ~/.aws/mfa-session, except on WSL when that is on a Windows drive,
// where Linux permissions do not hold (modes read 0777, chmod is ignored): then a Linux-side folder.
import { join } from "node:path";
import type { Env } from "../config/Env.js";
import { findWindowsDrive, type FileSystemProbe } from "../platform/findWindowsDrive.js";

export interface StateDir {
  dir: string;
  /** Set when `dir` is not ~/.aws/mfa-session: one sentence that says why, for `status` and logs. */
  note?: string;
}

export interface GetStateDirOptions {
  homedir: string;
  env: Env;
  /** Default: process.platform. */
  platform?: NodeJS.Platform;
  /** Default: the real file system. */
  probe?: FileSystemProbe;
}

export function getStateDir(options: GetStateDirOptions): StateDir {
  const usual = join(options.homedir, ".aws", "mfa-session");
  const drive = findWindowsDrive(usual, options);
  if (drive === undefined) return { dir: usual };
  for (const dir of linuxSideCandidates(options)) {
    if (findWindowsDrive(dir, options) === undefined) {
      const note = `${usual} is on the Windows drive ${drive}, where WSL cannot keep files private (chmod has no effect there), ` +
        `so mfa-session keeps its session cache and prompt files in ${dir} on the Linux side.`;
      return { dir, note };
    }
  }
  return { dir: usual }; // nowhere better: the folder checks refuse it and say why
}

/** $XDG_CACHE_HOME, ~/.cache (kept across restarts), then $XDG_RUNTIME_DIR (private, gone at logout). */
function linuxSideCandidates({ env, homedir }: GetStateDirOptions): string[] {
  const absolute = (value: string | undefined) => (value !== undefined && value.startsWith("/") ? [join(value, "mfa-session")] : []);
  return [...absolute(env.XDG_CACHE_HOME), join(homedir, ".cache", "mfa-session"), ...absolute(env.XDG_RUNTIME_DIR)];
}
