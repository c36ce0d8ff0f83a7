// Where a window's prompt server may listen, best first: the discovery folder in HOME, the per-user
// runtime folder ($XDG_RUNTIME_DIR, private by definition), then a folder named after our uid in the
// temporary folder. Only paths a Unix socket can take are listed. Pure: preparePromptSocket checks
// the folders and, when none of them is ours, makes a fresh one.
import { join } from "node:path";
import type { Env } from "../config/Env.js";
import { checkWindowId } from "./checkWindowId.js";

export interface PromptSocketCandidatesOptions {
  id: string;
  /** The discovery folder (getDiscoveryDir). */
  discoveryDir: string;
  tmpdir: string;
  env: Env;
  platform: NodeJS.Platform;
  uid: number;
}

/** A window's named pipe on Windows, where there is no folder to choose. */
export function getPromptPipePath(id: string): string {
  return `\\\\.\\pipe\\mfa-session-vscode-${checkWindowId(id)}`;
}

export function getPromptSocketCandidates(options: PromptSocketCandidatesOptions): string[] {
  const name = `${checkWindowId(options.id)}.sock`;
  const runtimeDir = options.env.XDG_RUNTIME_DIR;
  const folders = [
    options.discoveryDir,
    ...(runtimeDir !== undefined && runtimeDir.startsWith("/") ? [join(runtimeDir, "mfa-session")] : []),
    join(options.tmpdir, `mfa-session-${options.uid}`),
  ];
  return folders.map((folder) => join(folder, name)).filter((path) => fitsSocketPath(path, options.platform));
}

/** sun_path holds 108 bytes on Linux and 104 on macOS and the BSDs, the final NUL included. */
export function fitsSocketPath(path: string, platform: NodeJS.Platform): boolean {
  return Buffer.byteLength(path) <= (platform === "linux" ? 107 : 103);
}
