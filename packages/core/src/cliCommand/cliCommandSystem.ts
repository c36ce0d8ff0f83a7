// The one module through which resolveCliCommand touches the machine: PATH lookups by exact file
// name, file reads and links, and on Windows cmd.exe for 8.3 short names (Node has no API for them).
import { execFile } from "node:child_process";
import { accessSync, constants, readFileSync, realpathSync } from "node:fs";
import type { Env } from "../config/Env.js";
import { findOnPath } from "../platform/findOnPath.js";

export interface CliCommandSystem {
  /** A file of exactly this name (mfa-session, mfa-session.cmd, node.exe) in one of PATH's folders. */
  which(name: string): string | undefined;
  exists(path: string): boolean;
  /** The path with its links resolved, or the path itself when it cannot be resolved. */
  realpath(path: string): string;
  readFile(path: string): string | undefined;
  /** Windows: the path with every name in its 8.3 short form where the volume has one (cmd's %~s). */
  shortPath(path: string): Promise<string | undefined>;
}

export interface CliCommandSystemOptions {
  env: Env;
  platform: NodeJS.Platform;
  /** Runs a program and gives its stdout (tests pass a fake). */
  run?(file: string, args: string[], options: { windowsVerbatimArguments: boolean }): Promise<string>;
}

export function createCliCommandSystem(options: CliCommandSystemOptions): CliCommandSystem {
  const windows = options.platform === "win32";
  const exists = (path: string) => {
    try {
      accessSync(path, windows ? constants.F_OK : constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  const run = options.run ?? runProgram;
  return {
    which: (name) => findOnPath(name, options.env, { platform: options.platform }),
    exists,
    realpath(path) {
      try {
        return realpathSync(path);
      } catch {
        return path;
      }
    },
    readFile(path) {
      try {
        return readFileSync(path, "utf8");
      } catch {
        return undefined;
      }
    },
    async shortPath(path) {
      // % would be expanded by cmd.exe and " ends the word; such paths cannot be written anyway.
      if (!windows || /["%\r\n]/.test(path)) return undefined;
      try {
        const out = await run("cmd.exe", ["/d", "/s", "/c", `"for %I in ("${path}") do @echo %~sI"`], { windowsVerbatimArguments: true });
        return out.trim().split(/\r?\n/)[0] || undefined;
      } catch {
        return undefined;
      }
    },
  };
}

function runProgram(file: string, args: string[], options: { windowsVerbatimArguments: boolean }): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { ...options, windowsHide: true, timeout: 10_000, encoding: "utf8" }, (error, stdout) => (error ? reject(error) : resolve(stdout)));
  });
}
