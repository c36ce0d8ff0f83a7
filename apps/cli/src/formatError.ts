// The CLI's words and exit status for an error: the message on stderr with the next step in the CLI's
// own words (a flag, a command), and the exit code. main.ts (the error boundary) and the
// credential_process fast path (a failure shared by the holder of the device's lock) both use it.
// Imports only core's cache-hit entry, so the fast path's chunk stays small.
import { formatErrorMessage, isMfaSessionError, toFileSystemError } from "@mfa-session/core/cached";
import { EXIT_CANCELLED, EXIT_FAILURE, EXIT_USAGE } from "./io.js";
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
