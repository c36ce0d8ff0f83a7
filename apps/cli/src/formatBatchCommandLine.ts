// cmd.exe's arguments that start a .cmd or .bat file with exact arguments (Node refuses to spawn one
// without a shell since CVE-2024-27980). Pure. Each word is quoted as Rust's std does for batch files
// (BatBadBut): inside "..." cmd.exe reads & | < > ^ ( ) , ; = and spaces literally; an inner quote is
// doubled (cmd.exe stays inside the quotes, the C runtime of a program the script passes %* on to
// reads one quote); backslashes before a quote are doubled for that runtime. % is refused rather than
// escaped: cmd.exe expands %NAME% even inside quotes, and the %%cd:~,% trick does not hold under Wine.
// Run with windowsVerbatimArguments: the last element already holds its own quotes.
import { UsageError } from "@mfa-session/core";

const SAFE_BARE = /^[A-Za-z0-9#$*+\-./:?@\\_]+$/;

export function formatBatchCommandLine(script: string, args: readonly string[]): string[] {
  if (/["%\r\n\0]/.test(script) || script.endsWith("\\")) {
    throw new UsageError(`The batch file path ${script} cannot be given to cmd.exe safely (it has a quote, a % or a line break)`, {
      nextStep: "move the script to a folder whose path has none of these",
    });
  }
  const words = args.map((arg, index) => quoteBatchWord(arg, index + 1, script));
  // /d: no AutoRun commands; /e:on /v:off: the documented defaults, whatever the registry says;
  // /s: cmd.exe strips exactly the outer pair of quotes around the rest.
  return ["/d", "/e:on", "/v:off", "/s", "/c", `""${script}"${words.map((word) => ` ${word}`).join("")}"`];
}

function quoteBatchWord(arg: string, position: number, script: string): string {
  const unsafe = /%/.test(arg) ? "a %, which cmd.exe would expand as a variable" : /[\r\n\0]/.test(arg) ? "a line break or NUL, which cmd.exe cannot pass on" : undefined;
  if (unsafe !== undefined) {
    // The argument itself is never echoed: it may be a secret.
    throw new UsageError(`Argument ${position} for ${script} contains ${unsafe}`, {
      nextStep: "pass that value in an environment variable or a file instead, or run a program (.exe) rather than a batch file",
    });
  }
  if (SAFE_BARE.test(arg) && !arg.endsWith("\\")) return arg;
  return `"${arg.replace(/(\\*)"/g, '$1$1""').replace(/(\\+)$/, "$1$1")}"`;
}
