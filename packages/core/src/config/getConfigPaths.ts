// Where the AWS shared config and credentials files live, as the AWS CLI and SDKs find them.
import { join } from "node:path";
import type { Env } from "./Env.js";

export interface ConfigPaths {
  configFile: string;
  credentialsFile: string;
}

export interface GetConfigPathsOptions {
  env: Env;
  homedir: string;
}

export function getConfigPaths({ env, homedir }: GetConfigPathsOptions): ConfigPaths {
  return {
    configFile: expandHome(nonEmpty(env.AWS_CONFIG_FILE) ?? join(homedir, ".aws", "config"), homedir),
    credentialsFile: expandHome(
      nonEmpty(env.AWS_SHARED_CREDENTIALS_FILE) ?? join(homedir, ".aws", "credentials"),
      homedir,
    ),
  };
}

function expandHome(path: string, homedir: string): string {
  if (path === "~") return homedir;
  if (path.startsWith("~/") || path.startsWith("~\\")) return join(homedir, path.slice(2));
  return path;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value;
}
