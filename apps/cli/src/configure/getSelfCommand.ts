// How credential_process should start this CLI: plain `mfa-session` when that name on PATH is this
// very script, else the absolute node binary and script (no PATH needed, works for a checkout).
// On Windows always the absolute pair: botocore starts the line without a shell, and CreateProcess
// finds only `mfa-session.exe` by that name, never npm's `mfa-session.cmd`.
import { realpathSync } from "node:fs";
import { findOnPath } from "../findOnPath.js";

export interface SelfCommandOptions {
  env: NodeJS.ProcessEnv;
  /** The running script (process.argv[1]). */
  script: string | undefined;
  execPath: string;
  /** process.platform by default. */
  platform?: NodeJS.Platform;
}

export function getSelfCommand(options: SelfCommandOptions): string[] {
  if (!options.script) return ["mfa-session"];
  const script = safeRealpath(options.script);
  if ((options.platform ?? process.platform) === "win32") return [options.execPath, script];
  const onPath = findOnPath("mfa-session", options.env);
  if (onPath && safeRealpath(onPath) === script) return ["mfa-session"];
  return [options.execPath, script];
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
