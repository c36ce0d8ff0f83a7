// Turns a SourceCredentialsSpec into credentials: static keys as they are, or a credential_process
// run now (via the process module) and its Version 1 JSON validated.
import { systemClock, type Clock } from "../ports/ports.js";
import { runShellCommand as defaultRunShellCommand, type RunShellCommandOptions, type ShellCommandResult } from "../process/runShellCommand.js";
import type { Env } from "./Env.js";
import { parseProcessCredentials } from "./parseProcessCredentials.js";
import type { AwsCredentials, SourceCredentialsSpec } from "./ResolvedProfile.js";

export interface ResolveSourceCredentialsOptions {
  env?: Env;
  clock?: Clock;
  timeoutMs?: number;
  runShellCommand?: (command: string, options: RunShellCommandOptions) => Promise<Pick<ShellCommandResult, "stdout">>;
}

/** The AWS CLI gives a credential_process no time limit; one minute leaves room for a hardware-key touch. */
export const DEFAULT_CREDENTIAL_PROCESS_TIMEOUT_MS = 60_000;

export async function resolveSourceCredentials(
  spec: SourceCredentialsSpec,
  options: ResolveSourceCredentialsOptions = {},
): Promise<AwsCredentials> {
  if (spec.kind === "static") return spec.credentials;
  const subject = `Profile ${spec.profile}: credential_process`;
  const run = options.runShellCommand ?? defaultRunShellCommand;
  const { stdout } = await run(spec.command, {
    env: options.env ?? process.env,
    timeoutMs: options.timeoutMs ?? DEFAULT_CREDENTIAL_PROCESS_TIMEOUT_MS,
    subject,
  });
  return parseProcessCredentials(stdout, { subject, nowMs: (options.clock ?? systemClock).now() });
}
