// How a credential_process line starts mfa-session, as words for formatCredentialProcessLine: the one
// decision behind `mfa-session configure` and the extension's Configure Profile.
//   POSIX: `mfa-session` when that name on PATH is this very CLI (it follows Node upgrades by
//   itself); the package's own Volta shim when Volta installed it; else node and the script by
//   absolute path, node in a form that survives upgrades where its manager keeps one (getStableNodePath).
//   Windows: always node.exe and the script by absolute path: botocore starts the line without a
//   shell, and CreateProcess cannot start npm's mfa-session.cmd by name. A folder whose name needs
//   quotes takes its 8.3 short name where the volume has them, because the Go SDK v2 cannot run a
//   quoted line (it hands it to cmd.exe /C with each " escaped as \", aws/aws-sdk-go-v2#3208).
// Without a script (the extension with no cliPath setting) the installed CLI is looked up on PATH;
// on Windows that is npm's mfa-session.cmd, which names the script and where node.exe is.
import { win32 } from "node:path";
import type { Env } from "../config/Env.js";
import { isBareWord } from "../configEdit/formatCredentialProcessLine.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { createCliCommandSystem, type CliCommandSystem } from "./cliCommandSystem.js";
import { getStableNodePath } from "./getStableNodePath.js";
import { mergeShortPath } from "./mergeShortPath.js";
import { parseCmdShim } from "./parseCmdShim.js";

export interface ResolveCliCommandOptions {
  /** process.platform of the machine whose config file gets the line. */
  platform: NodeJS.Platform;
  env: Env;
  /** The CLI's entry script (the running CLI's argv[1], or a .js the person named); else the installed CLI on PATH. */
  script?: string;
  /** The node binary that runs `script` (the running CLI's process.execPath); else node on PATH. */
  node?: string;
  /** The machine, for tests; the real one by default. */
  system?: Partial<CliCommandSystem>;
}

export interface CliCommand {
  /** How credential_process starts mfa-session: ["mfa-session"], [shim] or [node, script]. */
  words: string[];
  /** What may stop the line from working later (a pinned Node, quotes the Go SDK cannot run), and what avoids it. */
  warnings: string[];
}

type Located = { words: string[] } | { script: string; node: string };

export async function resolveCliCommand(options: ResolveCliCommandOptions): Promise<CliCommand> {
  const system: CliCommandSystem = { ...createCliCommandSystem(options), ...options.system };
  const windows = options.platform === "win32";
  const located = options.script === undefined ? locateInstalled(system, windows) : locateScript(options.script, options.node, system, windows);
  if ("words" in located) return { words: located.words, warnings: [] };

  const node = getStableNodePath(located.node, { platform: options.platform, env: options.env, exists: system.exists, realpath: system.realpath });
  const warnings: string[] = [];
  if (node.pinned) {
    warnings.push(`credential_process runs Node.js ${node.pinned.version} from ${node.path}, and stops working when that version is removed; to avoid it, ${node.pinned.advice}.`);
  }
  if (/[\\/]_npx[\\/]/.test(located.script)) {
    warnings.push(`credential_process runs mfa-session from npx's cache (${located.script}), which npm may clear; install it with \`npm install --global mfa-session\` and configure the profile with it.`);
  }
  if (!windows) return { words: [node.path, located.script], warnings };

  const words = await Promise.all([node.path, located.script].map((word) => shorten(word, system)));
  const quoted = words.filter((word) => !isBareWord(word, "windows"));
  if (quoted.length > 0) {
    warnings.push(`credential_process quotes ${quoted.join(" and ")} (no 8.3 short name on that volume): the AWS CLI, boto3 and the JavaScript SDK run it, but tools built on the AWS SDK for Go v2 (Terraform and others) cannot run a quoted line (aws/aws-sdk-go-v2#3208); for them, install Node.js and mfa-session in folders without spaces.`);
  }
  return { words, warnings };
}

function locateScript(given: string, givenNode: string | undefined, system: CliCommandSystem, windows: boolean): Located {
  const script = system.realpath(given);
  if (!windows) {
    const onPath = system.which("mfa-session");
    if (onPath !== undefined && system.realpath(onPath) === script) return { words: ["mfa-session"] };
    // Volta's shim for a package it installed runs it with the Node that package is pinned to.
    const volta = script.match(/^(.*)\/tools\/image\/packages\/mfa-session\//);
    if (volta && system.exists(`${volta[1]}/bin/mfa-session`)) return { words: [`${volta[1]}/bin/mfa-session`] };
  }
  return { script, node: givenNode ?? findNode(system, windows) };
}

function locateInstalled(system: CliCommandSystem, windows: boolean): Located {
  if (!windows) {
    if (system.which("mfa-session") === undefined) throw notFound("mfa-session was not found in any folder on PATH");
    return { words: ["mfa-session"] };
  }
  const launcher = system.which("mfa-session.cmd");
  if (launcher === undefined) throw notFound("mfa-session.cmd was not found in any folder on PATH");
  const target = parseCmdShim(system.readFile(launcher) ?? "");
  const script = target === undefined ? undefined : win32.join(win32.dirname(launcher), target);
  if (script === undefined || !system.exists(script)) throw notFound(`${launcher} does not start an mfa-session script that exists`);
  // npm's launcher prefers node.exe beside it, else node from PATH.
  const beside = win32.join(win32.dirname(launcher), "node.exe");
  return { script, node: system.exists(beside) ? beside : findNode(system, true) };
}

function findNode(system: CliCommandSystem, windows: boolean): string {
  const node = system.which(windows ? "node.exe" : "node");
  if (node === undefined) throw notFound(`${windows ? "node.exe" : "node"} was not found in any folder on PATH, so mfa-session cannot be started`);
  return node;
}

/** The word with each folder name that needs quotes in its 8.3 short form, when Windows has one. */
async function shorten(word: string, system: CliCommandSystem): Promise<string> {
  if (isBareWord(word, "windows")) return word;
  const short = await system.shortPath(word);
  const merged = short === undefined ? undefined : mergeShortPath(word, short);
  return merged !== undefined && system.exists(merged) ? merged : word;
}

function notFound(problem: string): MfaSessionError {
  return new MfaSessionError(problem, "CLI_NOT_FOUND", {
    hint: { kind: "install-cli" },
    nextStep: "install the npm package mfa-session globally, or name the mfa-session.js to run",
  });
}
