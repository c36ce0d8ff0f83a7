// How credential_process should start this CLI: core's resolveCliCommand (the rule the extension's
// Configure Profile follows too), given this process's own script and node binary, and the CLI's
// own PATH lookup.
import { type CliCommand, type CliCommandSystem, findOnPath, resolveCliCommand } from "@mfa-session/core";

export interface SelfCommandOptions {
  env: NodeJS.ProcessEnv;
  /** The running script (process.argv[1]). */
  script: string | undefined;
  execPath: string;
  /** process.platform by default. */
  platform?: NodeJS.Platform;
  /** The machine, for tests (short names on Windows, links). */
  system?: Partial<CliCommandSystem>;
}

export function getSelfCommand(options: SelfCommandOptions): Promise<CliCommand> {
  return resolveCliCommand({
    platform: options.platform ?? process.platform,
    env: options.env,
    ...(options.script ? { script: options.script, node: options.execPath } : {}),
    system: { which: (name) => findOnPath(name, options.env), ...options.system },
  });
}
