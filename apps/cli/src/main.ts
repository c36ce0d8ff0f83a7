// The one error boundary of the CLI: commands throw, this maps each error to a message on stderr and
// an exit code (formatError.ts). It never calls process.exit (that can cut off piped stdout).
import { runCli } from "./cli.js";
import type { CliIo } from "./io.js";
import { exitCodeFor, formatError } from "./formatError.js";

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    return await runCli(argv, io);
  } catch (error) {
    io.stderr.write(formatError(error));
    return exitCodeFor(error);
  }
}
