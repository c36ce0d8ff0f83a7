// The one module here that touches the filesystem: reads the shared config and credentials files.
import { readFileSync } from "node:fs";
import { homedir as osHomedir } from "node:os";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import type { Env } from "./Env.js";
import { getConfigPaths } from "./getConfigPaths.js";
import { parseSharedConfig, type SharedConfig } from "./parseSharedConfig.js";

export interface ReadSharedConfigOptions {
  env?: Env;
  homedir?: string;
  readFile?: (path: string) => string;
}

/**
 * Synchronous on purpose: two small local files, and the credential_process cache hit reads them
 * before anything else, where a first asynchronous file call would start libuv's thread pool.
 */
export function readSharedConfigSync(options: ReadSharedConfigOptions = {}): SharedConfig {
  const env = options.env ?? process.env;
  const homedir = options.homedir ?? osHomedir();
  const readFile = options.readFile ?? ((path: string) => readFileSync(path, "utf8"));
  const { configFile, credentialsFile } = getConfigPaths({ env, homedir });
  const configText = readOptional(configFile, "AWS_CONFIG_FILE", readFile);
  const credentialsText = readOptional(credentialsFile, "AWS_SHARED_CREDENTIALS_FILE", readFile);
  return parseSharedConfig({ configText, credentialsText, configFile, credentialsFile });
}

function readOptional(path: string, variable: string, readFile: (path: string) => string): string {
  try {
    return readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === "ENOENT" || code === "ENOTDIR") return "";
    const reason = code === "EACCES" || code === "EPERM" ? "permission denied" : code === "EISDIR" ? "it is a folder" : code ?? "unknown error";
    throw new MfaSessionError(`Cannot read ${path} (${reason}). Make it a readable file, or set ${variable} to another file.`, "CONFIG_INVALID", { cause: error });
  }
}
