// mfa_process (aws-vault compatible): a shell command whose stdout is the code. Non-interactive, and its
// output is never logged or echoed, since it is the code.
import { InvalidMfaCodeError } from "../errors/errors.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import type { Env } from "../config/Env.js";
import type { MfaCodeProvider, MfaCodeProviderOptions } from "../ports/ports.js";
import { type RunShellCommandOptions, runShellCommand } from "../process/runShellCommand.js";
import { normalizeMfaCode } from "../totp/parseMfaCode.js";

export type ShellCommandRunner = (command: string, options: RunShellCommandOptions) => Promise<{ stdout: string }>;

export interface MfaProcessProviderOptions {
  /** The profile's mfa_process command line. */
  command: string;
  env: Env;
  /** Default: process/runShellCommand. */
  run?: ShellCommandRunner;
  timeoutMs?: number;
}

export const MFA_PROCESS_TIMEOUT_MS = 30_000;

export const mfaProcessProviderOptions: MfaCodeProviderOptions = { interactive: false };

export function createMfaProcessProvider(options: MfaProcessProviderOptions): MfaCodeProvider {
  return async (request) => {
    const subject = `Profile ${request.profile}`;
    if (request.previousError === "invalid") {
      throw new InvalidMfaCodeError(`${subject}: AWS refused the code printed by mfa_process; check that the command prints the current code for ${request.mfaSerial}.`);
    }
    const run = options.run ?? runShellCommand;
    let stdout: string;
    try {
      ({ stdout } = await run(options.command, { env: options.env, timeoutMs: options.timeoutMs ?? MFA_PROCESS_TIMEOUT_MS, subject: `${subject}: mfa_process` }));
    } catch (error) {
      // runShellCommand's errors name the subject and never carry stdout; anything else is not trusted to.
      if (error instanceof MfaSessionError) throw error;
      throw new MfaSessionError(`${subject}: mfa_process failed; run the command in a terminal to see why, or remove mfa_process to be asked for the code.`);
    }
    const code = normalizeMfaCode(stdout);
    if (code === undefined) {
      throw new InvalidMfaCodeError(`${subject}: mfa_process did not print a 6-digit code (its output is not shown); fix the command so it prints only the current code.`);
    }
    return code;
  };
}
