// Once STS has answered, the session is the user's: a local write that fails afterwards (a full disk,
// a folder made unsafe meanwhile) becomes one warning that says what to fix, never the loss of the
// session and the spent code (issue 14).
import { endSentence } from "../errors/endSentence.js";
import { toFileSystemError } from "../errors/toFileSystemError.js";
import type { Logger } from "../ports/ports.js";

/** Warns `problem. <what failed and what to do>`; `action` completes "Could not ..." for a file-system error. */
export function warnAfterSts(logger: Logger, problem: string, error: unknown, action: string): void {
  // A failed rename names the temp file as its path; the file that could not be replaced is its dest.
  const dest = (error as { dest?: unknown } | undefined)?.dest;
  const reason = toFileSystemError(error, action, typeof dest === "string" ? dest : undefined);
  logger.warn(`${endSentence(problem)} ${endSentence(reason instanceof Error ? reason.message : String(reason))}`);
}
