// credential_process runs before every AWS CLI command, so its cache hit must cost little more than
// Node's own start-up. This path loads only `@mfa-session/core/cached` and answers through core's one
// cache-hit function (getCachedCredentials: the recursion guard, the profile's warnings, freshness),
// for every profile layout. Anything else (a miss, an odd argument, an error) returns false having
// written nothing, and the full CLI takes over with its usage checks, prompts and messages.
import { formatProcessCredentials, getCachedCredentials, type Logger, type SessionCredentials } from "@mfa-session/core/cached";
import { getHomedir } from "../getHomedir.js";
import type { CliIo } from "../io.js";
import { formatWarning } from "../session/formatWarning.js";

/** Where a hit writes (bin.ts: straight to file descriptors 1 and 2, see writeStdoutSync). */
export interface CacheHitOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Writes the credentials (and the profile's warnings, to stderr) and returns true on a hit. */
export async function answerFromCache(argv: readonly string[], env: CliIo["env"], output: CacheHitOutput): Promise<boolean> {
  const request = getCredentialProcessRequest(argv);
  if (request === undefined) return false;
  // Held back until the hit is certain: on a miss the full path runs the same checks and warns itself.
  const { logger, warnings } = collectWarnings();
  let credentials;
  try {
    ({ credentials } = await getCachedCredentials({ profile: request.profile, env, homedir: getHomedir({ env }), logger }));
  } catch {
    return false; // the full path reports the same problem (a recursion, a bad config) with its own message
  }
  if (credentials === undefined) return false;
  // Outside the try: a failed write must not send the full path to write (and maybe prompt) again.
  writeCredentials(output, warnings, credentials);
  return true;
}

/** The profile's warnings, held back until this path is sure to answer (the full CLI warns itself). */
export function collectWarnings(): { logger: Logger; warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, logger: { debug() {}, info() {}, warn: (message) => void warnings.push(message) } };
}

/** The profile's warnings on stderr, then the Version 1 JSON on stdout. */
export function writeCredentials(output: CacheHitOutput, warnings: readonly string[], credentials: SessionCredentials): void {
  for (const warning of warnings) output.stderr(formatWarning(warning));
  output.stdout(`${JSON.stringify(formatProcessCredentials(credentials))}\n`);
}

/** The profile and the flags that decide the code sources; undefined for anything the full CLI must judge. */
export function getCredentialProcessRequest(argv: readonly string[]): { profile: string; tokenCode: boolean; noPrompt: boolean } | undefined {
  const profile = getProfileArgument(argv);
  if (profile === undefined) return undefined;
  return { profile, tokenCode: argv.some((arg) => arg === "--token-code" || arg.startsWith("--token-code=")), noPrompt: argv.includes("--no-prompt") };
}

/** `--profile P` (or `--profile=P`), optionally with `--no-prompt` / `--token-code C`; else undefined. */
export function getProfileArgument(argv: readonly string[]): string | undefined {
  let profile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--profile" || arg === "--token-code") {
      const value = argv[++i];
      if (value === undefined || value.startsWith("-")) return undefined;
      if (arg === "--profile") profile = value;
    } else if (arg.startsWith("--profile=")) {
      profile = arg.slice("--profile=".length);
    } else if (arg.startsWith("--token-code=") || arg === "--no-prompt") {
      continue;
    } else {
      return undefined;
    }
  }
  return profile === "" ? undefined : profile;
}
