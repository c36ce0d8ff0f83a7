// Where a window's prompt server may listen, best first: the discovery folder in HOME, the per-user
// runtime folder ($XDG_RUNTIME_DIR, private by definition), then a folder named after our uid in the
// temporary folder, or in /tmp when the temporary folder's path is too long (a long TMPDIR on macOS).
// Only paths a Unix socket can take are listed: 103 bytes on macOS, where Node 20/22 cut a longer
// name short and Node 24 fails with EINVAL. Pure: preparePromptSocket checks the folders and, when
// none of them is ours, makes a fresh one.
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
  /** Takes the temporary folder's place when that one's path is too long (default /tmp). */
  shortTmpdir?: string;
}

/** Sticky and world-writable on macOS and Linux alike; what is made in it is checked like the temporary folder. */
const SHORT_TMPDIR = "/tmp";

/** A window's named pipe on Windows, where there is no folder to choose. */
export function getPromptPipePath(id: string): string {
  return `\\\\.\\pipe\\mfa-session-vscode-${checkWindowId(id)}`;
}

export function getPromptSocketCandidates(options: PromptSocketCandidatesOptions): string[] {
  const name = `${checkWindowId(options.id)}.sock`;
  const fits = (folder: string): boolean => fitsSocketPath(join(folder, name), options.platform);
  const runtimeDir = options.env.XDG_RUNTIME_DIR;
  // /tmp only in the temporary folder's place: where that fits, Linux and macOS keep their TMPDIR.
  const ownTemp = getTempFolders(options).map((tmpdir) => join(tmpdir, `mfa-session-${options.uid}`)).find(fits);
  const folders = [
    options.discoveryDir,
    ...(runtimeDir !== undefined && runtimeDir.startsWith("/") ? [join(runtimeDir, "mfa-session")] : []),
    ...(ownTemp === undefined ? [] : [ownTemp]),
  ];
  return folders.filter(fits).map((folder) => join(folder, name));
}

/** Where a folder of ours may be made: the temporary folder, then the short one when it is another. */
export function getTempFolders(options: { tmpdir: string; shortTmpdir?: string }): string[] {
  const tmpdir = join(options.tmpdir, ".");
  const short = join(options.shortTmpdir ?? SHORT_TMPDIR, ".");
  return tmpdir === short ? [tmpdir] : [tmpdir, short];
}

/** sun_path holds 108 bytes on Linux and 104 on macOS and the BSDs, the final NUL included. */
export function fitsSocketPath(path: string, platform: NodeJS.Platform): boolean {
  return Buffer.byteLength(path) <= (platform === "linux" ? 107 : 103);
}
