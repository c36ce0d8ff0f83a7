// util.parseArgs in strict mode (unknown flags rejected), with its errors turned into UsageError.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError, endSentence } from "@mfa-session/core";

export function parseCommandArgs<T extends ParseArgsConfig["options"]>(
  command: string,
  argv: string[],
  options: T,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    // Node's words, on one line; some of its messages end their last sentence themselves.
    const detail = (error instanceof Error ? error.message : String(error)).split("\n").map((line) => line.trim()).filter(Boolean).join(" ");
    throw new UsageError(`${command}: ${endSentence(detail)} Run \`mfa-session ${command} --help\` for usage.`, { cause: error });
  }
}
