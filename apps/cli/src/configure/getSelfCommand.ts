// How credential_process should start this CLI: plain `mfa-session` when that name on PATH is this
// very script, else the absolute node binary and script (no PATH needed, works for a checkout).
import { realpathSync } from "node:fs";
import { findOnPath } from "../findOnPath.js";

export interface SelfCommandOptions {
  env: NodeJS.ProcessEnv;
  /** The running script (process.argv[1]). */
  script: string | undefined;
  execPath: string;
}

export function getSelfCommand(options: SelfCommandOptions): string[] {
  const script = options.script ? safeRealpath(options.script) : undefined;
  const onPath = findOnPath(process.platform === "win32" ? "mfa-session.cmd" : "mfa-session", options.env);
  if (onPath && script && safeRealpath(onPath) === script) return ["mfa-session"];
  if (!script) return ["mfa-session"];
  return [options.execPath, script];
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
