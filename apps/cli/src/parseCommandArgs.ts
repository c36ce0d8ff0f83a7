// util.parseArgs in strict mode (unknown flags rejected), with its errors turned into UsageError.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "@mfa-session/core";

export function parseCommandArgs<T extends ParseArgsConfig["options"]>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${command}: ${detail}. Run \`mfa-session ${command} --help\` for usage.`, { cause: error });
  }
}
