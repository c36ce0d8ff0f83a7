// What a command may touch of the outside world, injected so tests run commands in-process.
import type { Writable } from "node:stream";

export interface CliIo {
  stdout: Pick<Writable, "write">;
  stderr: Pick<Writable, "write">;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** A command: takes its own arguments (after the command name), returns the exit code. Throws on failure. */
export interface Command {
  summary: string;
  help: string;
  /** A command with subcommands: the help for the rest of the command line (`device create --help`). */
  getHelp?(argv: readonly string[]): string;
  run(argv: string[], io: CliIo): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_CANCELLED = 130;
