// How credential_process starts the CLI, as words that core's planProfileEdit quotes for the
// platform. Without the cliPath setting: core's resolveCliCommand, the rule `mfa-session configure`
// follows (mfa-session on PATH on Linux and macOS; on Windows node.exe and the script that npm's
// mfa-session.cmd on PATH starts, since botocore cannot start mfa-session.cmd by name), failing
// before anything is written when the CLI is not installed. A .js cliPath runs under node; any
// other cliPath is taken as it is, once it is known to exist.
import { existsSync } from "node:fs";
import { MfaSessionError, resolveCliCommand, type CliCommand, type CliCommandSystem, type ResolveCliCommandOptions } from "@mfa-session/core";

export interface CliCommandOptions {
  cliPath: string | undefined;
  /** process.platform: the machine whose config file gets the line. */
  platform: NodeJS.Platform;
  env: ResolveCliCommandOptions["env"];
  /** The machine, for tests. */
  system?: Partial<CliCommandSystem>;
}

export async function getCliCommand(options: CliCommandOptions): Promise<CliCommand> {
  const { cliPath } = options;
  if (cliPath) {
    if (!(options.system?.exists ?? existsSync)(cliPath)) {
      throw new MfaSessionError(`mfaSession.cliPath names ${cliPath}, which does not exist`, "CLI_NOT_FOUND", { hint: { kind: "install-cli" } });
    }
    return { words: /\.[cm]?js$/i.test(cliPath) ? ["node", cliPath] : [cliPath], warnings: [] };
  }
  return resolveCliCommand({ platform: options.platform, env: options.env, ...(options.system ? { system: options.system } : {}) });
}
