// Renders argv words as one credential_process line, for the platform the caller names (it reads
// process.platform, not this pure module). POSIX: botocore splits with shlex, the JS SDK hands the
// line to /bin/sh -c, so a word with spaces is double-quoted and nothing else is special. Windows:
// botocore's Windows splitter and cmd.exe both take "C:\Program Files\..." as one word (the Go SDK v2
// does not: it hands the line to cmd.exe /C with each " escaped as \", aws/aws-sdk-go-v2#3208, so
// a Windows line works for Go tools only when no path needs quotes: resolveCliCommand writes 8.3
// short names for folders with spaces where the volume has them). A word that
// no quoting makes safe on both (", $, `, \ or ! on POSIX; " or % on Windows) is refused.
import { UsageError } from "../errors/errors.js";

export type CommandLinePlatform = "posix" | "windows";

/** The command-line rules of a Node platform name (`process.platform`). */
export function getCommandLinePlatform(nodePlatform: string): CommandLinePlatform {
  return nodePlatform === "win32" ? "windows" : "posix";
}

export function formatCredentialProcessLine(words: readonly string[], platform: CommandLinePlatform): string {
  return words.map((word) => quoteWord(word, platform)).join(" ");
}

/**
 * Whether the word goes into the line without quotes. On Windows `~` is plain text to botocore's
 * splitter and cmd.exe, so 8.3 short names (C:\\PROGRA~1\\...) stay bare; on POSIX /bin/sh expands it.
 */
export function isBareWord(word: string, platform: CommandLinePlatform): boolean {
  return (platform === "windows" ? /^[\w@%+=:,./\\~-]+$/ : /^[\w@%+=:,./\\-]+$/).test(word);
}

function quoteWord(word: string, platform: CommandLinePlatform): string {
  // The refusal comes first: cmd.exe expands %VAR% in a bare word as much as in a quoted one.
  const unsafe = platform === "posix" ? /["$`\\!\n\r]/ : /["%\n\r]/;
  if (unsafe.test(word) || word === "") {
    throw new UsageError(`The path or word "${word}" cannot be written safely into credential_process`, {
      hint: { kind: "unsafe-command-word", word },
      nextStep: `start mfa-session from a path without ${platform === "posix" ? "quotes, $, ` or backslashes" : "quotes or %"}`,
    });
  }
  if (isBareWord(word, platform)) return word;
  // Windows: botocore's splitter and the C runtime that parses node.exe's command line read
  // backslashes before a quote as escapes, so a quoted word ending in \ doubles them; cmd.exe
  // passes them through as they are.
  return platform === "windows" ? `"${word.replace(/\\+$/, "$&$&")}"` : `"${word}"`;
}
