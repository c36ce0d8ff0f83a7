// The folder a window's prompt server listens in, made ready: the first candidate folder
// (getPromptSocketCandidates) that is ours and private, or can be made so. A folder another user made
// first under our predictable name (or one open to others, or a symbolic link) is passed over, and
// when none is left a fresh folder with an unpredictable name (mkdtemp, 0700) is made, so no other
// local user can keep the VS Code prompt from starting. The discovery file and the terminals'
// variable carry the path chosen, wherever it is.
import { promises as fs } from "node:fs";
import { homedir as osHomedir, tmpdir as osTmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ensurePrivateDir } from "../cache/secureFiles.js";
import type { Env } from "../config/Env.js";
import { endSentence } from "../errors/endSentence.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { toFileSystemError } from "../errors/toFileSystemError.js";
import { type Logger, silentLogger } from "../ports/ports.js";
import { checkWindowId } from "./checkWindowId.js";
import { getDiscoveryDir } from "./discovery.js";
import { fitsSocketPath, getPromptPipePath, getPromptSocketCandidates, getTempFolders } from "./getPromptSocketCandidates.js";

export interface PromptSocket {
  socketPath: string;
  /** Removes the folder made for this server alone, once the server has closed; shared folders stay. */
  release(): Promise<void>;
}

export interface PreparePromptSocketOptions {
  /** The window's id: names the socket. */
  id: string;
  homedir?: string;
  tmpdir?: string;
  /** Used in the temporary folder's place when its path is too long for a socket (default /tmp). */
  shortTmpdir?: string;
  /** Read for XDG_RUNTIME_DIR; default process.env. */
  env?: Env;
  platform?: NodeJS.Platform;
  uid?: number;
  /** Told which folders were passed over and why. */
  logger?: Logger;
}

const keep = async (): Promise<void> => undefined;

export async function preparePromptSocket(options: PreparePromptSocketOptions): Promise<PromptSocket> {
  const platform = options.platform ?? process.platform;
  if (platform === "win32") return { socketPath: getPromptPipePath(options.id), release: keep };
  const tmpdir = options.tmpdir ?? osTmpdir();
  const uid = options.uid ?? process.getuid?.() ?? 0;
  const shortTmpdir = options.shortTmpdir === undefined ? {} : { shortTmpdir: options.shortTmpdir };
  const candidates = getPromptSocketCandidates({
    id: options.id, discoveryDir: getDiscoveryDir(options.homedir ?? osHomedir(), options.env ?? process.env), tmpdir, ...shortTmpdir, env: options.env ?? process.env, platform, uid,
  });
  const passedOver: string[] = [];
  for (const socketPath of candidates) {
    try {
      await ensurePrivateDir(dirname(socketPath));
      return { socketPath, release: keep };
    } catch (error) {
      // Not ours, not private, not a folder, not writable: the next place will do.
      const reason = toFileSystemError(error, "prepare the VS Code prompt's folder", dirname(socketPath));
      passedOver.push(endSentence(reason instanceof Error ? reason.message : String(reason)));
    }
  }
  const dir = await makeFreshFolder(getTempFolders({ tmpdir, ...shortTmpdir }).map((folder) => join(folder, `mfa-session-${uid}-`)), `${checkWindowId(options.id)}.sock`, platform);
  if (passedOver.length > 0) (options.logger ?? silentLogger).warn(`VS Code prompt server: listening in ${dir} instead. ${passedOver.join(" ")}`);
  return {
    socketPath: join(dir, `${options.id}.sock`),
    release: () => fs.rmdir(dir).catch(() => undefined),
  };
}

/** Makes the folder in the first place (`prefixes`, best first) where the socket's path fits. */
async function makeFreshFolder(prefixes: string[], name: string, platform: NodeJS.Platform): Promise<string> {
  // mkdtemp adds six characters.
  const prefix = prefixes.find((candidate) => fitsSocketPath(join(`${candidate}XXXXXX`, name), platform));
  if (prefix === undefined) {
    const folders = prefixes.map((candidate) => dirname(candidate)).join(", ");
    throw new MfaSessionError(`No folder has a path short enough for the VS Code prompt's socket (HOME and the temporary folders ${folders} are too long)`, "IPC_PROTOCOL", {
      nextStep: "start VS Code with TMPDIR set to a short folder such as /tmp",
    });
  }
  try {
    return await fs.mkdtemp(prefix);
  } catch (error) {
    throw toFileSystemError(error, "create a folder for the VS Code prompt's socket", dirname(prefix));
  }
}
