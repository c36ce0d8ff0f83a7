// How to spawn a program by name with exact arguments, without a shell, on this platform. POSIX:
// as given (execvp searches PATH). Windows: the program is looked up through PATH and PATHEXT
// (Node's own search knows only .com and .exe); a .exe or .com starts directly, a .cmd or .bat
// through cmd.exe with every argument quoted for it (formatBatchCommandLine).
import { findOnPath, getEnvValue, getPathExtensions, MfaSessionError } from "@mfa-session/core";
import { formatBatchCommandLine } from "./formatBatchCommandLine.js";

export interface ChildCommand {
  file: string;
  args: string[];
  /** Set for cmd.exe: its command line is already quoted. */
  windowsVerbatimArguments: boolean;
}

export interface ResolveChildCommandOptions {
  /** The environment whose PATH, PATHEXT and ComSpec count. */
  env: NodeJS.ProcessEnv;
  /** process.platform by default. */
  platform?: NodeJS.Platform;
  /** Tests fake the file system. */
  findOnPath?: (name: string, env: NodeJS.ProcessEnv) => string | undefined;
}

export function resolveChildCommand(command: string, args: readonly string[], options: ResolveChildCommandOptions): ChildCommand {
  const platform = options.platform ?? process.platform;
  if (platform !== "win32") return { file: command, args: [...args], windowsVerbatimArguments: false };
  const find = options.findOnPath ?? ((name: string, env: NodeJS.ProcessEnv) => findOnPath(name, env, { platform }));
  const path = find(command, options.env);
  if (path === undefined) {
    const tried = getPathExtensions(options.env).join(", ");
    throw new MfaSessionError(`Could not find ${command} (tried the extensions ${tried}) in any folder on PATH`, "MFA_SESSION_ERROR", {
      nextStep: "check that it is installed and that its folder is on PATH, or give its full path",
    });
  }
  if (!/\.(cmd|bat)$/i.test(path)) return { file: path, args: [...args], windowsVerbatimArguments: false };
  return { file: getComSpec(options.env), args: formatBatchCommandLine(path, args), windowsVerbatimArguments: true };
}

function getComSpec(env: NodeJS.ProcessEnv): string {
  const comSpec = getEnvValue(env, "ComSpec", "win32");
  if (comSpec) return comSpec;
  const systemRoot = getEnvValue(env, "SystemRoot", "win32");
  return systemRoot ? `${systemRoot}\\System32\\cmd.exe` : "cmd.exe";
}
