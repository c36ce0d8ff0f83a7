// The names of the code sources the CLI hands core for a request (getCliCodeSources builds the
// providers under these very names): what a caller that only waits for another's sign-in needs to
// know which failure it shares (core's getAskedBy), without loading a prompt driver.
import type { CodeSourceName } from "@mfa-session/core/cached";

export interface CliCodeSourceFlags {
  tokenCode?: boolean;
  /** --no-prompt: no source that asks a person. */
  noPrompt?: boolean;
}

export function getCliCodeSourceNames({ tokenCode, noPrompt }: CliCodeSourceFlags): CodeSourceName[] {
  return [...(tokenCode ? (["token"] as const) : []), ...(noPrompt ? [] : (["vscode", "tty", "dialog"] as const))];
}
