// Renders argv words as one credential_process line. POSIX: botocore splits with shlex, the JS SDK
// hands the line to /bin/sh -c, so a word with spaces is double-quoted and nothing else is special.
// Windows: botocore's Windows splitter and cmd.exe both take "C:\Program Files\..." as one word.
import { UsageError } from "@mfa-session/core";

export function formatCommandLine(words: readonly string[], platform: "posix" | "windows"): string {
  return words.map((word) => quoteWord(word, platform)).join(" ");
}

function quoteWord(word: string, platform: "posix" | "windows"): string {
  if (/^[\w@%+=:,./\\-]+$/.test(word) && (platform === "windows" || !word.includes("\\"))) return word;
  const unsafe = platform === "posix" ? /["$`\\!\n\r]/ : /["%\n\r]/;
  if (unsafe.test(word) || word === "") {
    throw new UsageError(`The path or word "${word}" cannot be written safely into credential_process; install mfa-session somewhere without quotes, $ or backslashes in the path, or pass --command.`);
  }
  return `"${word}"`;
}
