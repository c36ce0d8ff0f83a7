// How a CLI finds the VS Code prompt server. First the variable the extension sets in its terminals
// (promptServerEnv.ts), else the discovery folder ~/.aws/mfa-session/vscode/ (0700; on WSL with ~/.aws
// on a Windows drive, the Linux-side folder of cache/getStateDir.ts): one 0600
// `<id>.json` file per window {socketPath, secret, pid, focusedAt}; the live window focused last wins,
// dead windows' files are removed. The discovery files serve callers without a terminal: a terminal
// outside VS Code is asked on itself first (prompt/getCodeSourceOrder).
import { existsSync, promises as fs } from "node:fs";
import { homedir as osHomedir } from "node:os";
import { join } from "node:path";
import { getStateDir } from "../cache/getStateDir.js";
import { parseJsonObject } from "../cache/parseJsonObject.js";
import type { Env } from "../config/Env.js";
import type { FileSystemProbe } from "../platform/findWindowsDrive.js";
import { checkPrivateDirSync, ensurePrivateDir, readPrivateFileSync, removeFile, removeFileIfUnchanged, writePrivateFileAtomic } from "../cache/secureFiles.js";
import { isProcessAlive as defaultIsProcessAlive } from "../lock/isProcessAlive.js";
import { checkWindowId } from "./checkWindowId.js";
import { PROMPT_SERVER_ENV, parsePromptServerEnv, type PromptServerAddress } from "./promptServerEnv.js";

export interface DiscoveredPromptServer extends PromptServerAddress {
  source: "env" | "discovery";
  /** The window's extension host, for discovery files. */
  pid?: number;
}

export interface DiscoveryEntry extends PromptServerAddress {
  pid: number;
  focusedAt: Date;
}

/** `probe`: how WSL's Windows drives are found (tests fake it; see getStateDir). */
export function getDiscoveryDir(homedir: string = osHomedir(), env: Env = process.env, probe?: FileSystemProbe): string {
  return join(getStateDir({ homedir, env, ...(probe === undefined ? {} : { probe }) }).dir, "vscode");
}

export async function writeDiscoveryFile(options: { id: string; entry: DiscoveryEntry; homedir?: string; env?: Env }): Promise<string> {
  const dir = getDiscoveryDir(options.homedir, options.env);
  const { socketPath, secret, pid, focusedAt } = options.entry;
  await ensurePrivateDir(dir);
  const path = join(dir, `${checkWindowId(options.id)}.json`);
  await writePrivateFileAtomic(path, `${JSON.stringify({ socketPath, secret, pid, focusedAt: focusedAt.toISOString() })}\n`);
  return path;
}

export async function removeDiscoveryFile(options: { id: string; homedir?: string; env?: Env }): Promise<void> {
  await removeFile(join(getDiscoveryDir(options.homedir, options.env), `${checkWindowId(options.id)}.json`));
}

export interface FindPromptServerOptions {
  env?: Readonly<Record<string, string | undefined>>;
  homedir?: string;
  isProcessAlive?: (pid: number) => boolean;
}

/** The terminal's own window (env var) if its socket exists, else the live window focused last. */
export async function findPromptServer(options: FindPromptServerOptions = {}): Promise<DiscoveredPromptServer | undefined> {
  const fromEnv = parsePromptServerEnv((options.env ?? process.env)[PROMPT_SERVER_ENV]);
  if (fromEnv !== undefined && (fromEnv.socketPath.startsWith("\\\\") || existsSync(fromEnv.socketPath))) {
    return { ...fromEnv, source: "env" };
  }
  const dir = getDiscoveryDir(options.homedir, options.env ?? process.env);
  if (checkPrivateDirSync(dir) === "missing") return undefined;
  const isAlive = options.isProcessAlive ?? defaultIsProcessAlive;
  let best: DiscoveryEntry | undefined;
  for (const name of await fs.readdir(dir)) {
    if (!/^[A-Za-z0-9_-]{1,64}\.json$/.test(name)) continue;
    const path = join(dir, name);
    const result = readPrivateFileSync(path);
    if (result.status === "missing") continue;
    const entry = result.status === "ok" ? parseDiscoveryEntry(result.text) : undefined;
    if (entry === undefined || !isAlive(entry.pid)) {
      await removeFileIfUnchanged(path, result.identity);
      continue;
    }
    if (best === undefined || entry.focusedAt > best.focusedAt) best = entry;
  }
  return best === undefined ? undefined : { socketPath: best.socketPath, secret: best.secret, pid: best.pid, source: "discovery" };
}

export function parseDiscoveryEntry(text: string): DiscoveryEntry | undefined {
  const { socketPath, secret, pid, focusedAt } = parseJsonObject(text) ?? {};
  if (typeof socketPath !== "string" || socketPath === "" || typeof secret !== "string" || secret === "") return undefined;
  if (typeof pid !== "number" || !Number.isSafeInteger(pid) || pid <= 0 || typeof focusedAt !== "string") return undefined;
  const date = new Date(focusedAt);
  return Number.isNaN(date.getTime()) ? undefined : { socketPath, secret, pid, focusedAt: date };
}
