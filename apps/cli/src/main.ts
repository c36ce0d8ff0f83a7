// The one error boundary of the CLI: commands throw, this maps each error class to a message on
// stderr and an exit code, with the next step in the CLI's own words (a flag, a command). It never
// calls process.exit (that can cut off piped stdout).
import { formatErrorMessage, isMfaSessionError, toFileSystemError } from "@mfa-session/core";
import { runCli } from "./cli.js";
import { EXIT_CANCELLED, EXIT_FAILURE, EXIT_USAGE, type CliIo } from "./io.js";
import { wordNextStep } from "./wordNextStep.js";

export function exitCodeFor(error: unknown): number {
  if (!isMfaSessionError(error)) return EXIT_FAILURE;
  if (error.code === "USAGE") return EXIT_USAGE;
  if (error.code === "CANCELLED") return EXIT_CANCELLED;
  return EXIT_FAILURE;
}

export function formatError(thrown: unknown): string {
  // A file-system failure no command words itself (a full disk, a read-only one) is still the
  // environment's, not a bug: say what to do rather than "internal error".
  const error = toFileSystemError(thrown, `${(thrown as NodeJS.ErrnoException).syscall ?? "use"} a file`);
  if (isMfaSessionError(error)) return `mfa-session: ${formatErrorMessage(error, wordNextStep)}\n`;
  // Unknown errors: name and message only; a stack or cause could hold request data.
  const message = error instanceof Error ? `${error.name}: ${error.message}` : "unexpected failure";
  return `mfa-session: internal error (${message}). Please report it with the command you ran.\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await runCli(argv, io);
  } catch (error) {
    io.stderr.write(formatError(error));
    return exitCodeFor(error);
  }
}
