// Where an executable is on PATH (the CLI's dialog programs and exec's child, the line configure writes),
// without spawning. Windows: PATH is split at ';' (entries may be quoted), `Path` may have any case,
// and a bare name is tried with each PATHEXT extension (npx -> npx.cmd), as cmd.exe does; the
// current folder is not searched (as in PowerShell: a planted tool.exe in a work folder is not run).
import { accessSync, constants, statSync } from "node:fs";
import { posix, win32 } from "node:path";
import type { Env } from "../config/Env.js";
import { getEnvValue } from "./getEnvValue.js";

export interface FindOnPathOptions {
  /** process.platform by default. */
  platform?: NodeJS.Platform;
  /** Whether a path is a file this platform can start (tests fake the file system). */
  isExecutable?: (path: string) => boolean;
}

const DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD";

export function findOnPath(name: string, env: Env, options: FindOnPathOptions = {}): string | undefined {
  const platform = options.platform ?? process.platform;
  const isExecutable = options.isExecutable ?? ((path: string) => isExecutableFile(path, platform));
  const windows = platform === "win32";
  const path = windows ? win32 : posix;
  const names = windows ? getWindowsNames(name, env) : [name];
  // A name with a folder in it names one place; PATH is only for bare names.
  const hasFolder = windows ? /[\\/]/.test(name) : name.includes("/");
  const dirs = hasFolder ? [""] : getPathDirs(env, platform);
  for (const dir of dirs) {
    for (const candidate of names) {
      const full = dir === "" ? candidate : path.join(dir, candidate);
      if (isExecutable(full)) return full;
    }
  }
  return undefined;
}

/** The extensions Windows tries for a bare name, lower-case, in PATHEXT's order. */
export function getPathExtensions(env: Env): string[] {
  const value = getEnvValue(env, "PATHEXT", "win32") || DEFAULT_PATHEXT;
  return value.split(";").map((ext) => ext.trim().toLowerCase()).filter((ext) => ext.startsWith("."));
}

function getWindowsNames(name: string, env: Env): string[] {
  const extensions = getPathExtensions(env);
  const ext = win32.extname(name).toLowerCase();
  return ext !== "" && extensions.includes(ext) ? [name] : extensions.map((extension) => `${name}${extension}`);
}

function getPathDirs(env: Env, platform: NodeJS.Platform): string[] {
  const value = getEnvValue(env, "PATH", platform) ?? "";
  if (platform !== "win32") return value.split(":").filter((dir) => dir !== "");
  return value.split(";").map((dir) => dir.trim().replace(/^"(.*)"$/, "$1")).filter((dir) => dir !== "");
}

function isExecutableFile(path: string, platform: NodeJS.Platform): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    // Windows has no execute bit: a file with a PATHEXT extension is what CreateProcess or cmd.exe starts.
    if (platform !== "win32") accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
