// credential_process runs before every AWS CLI command, so its cache hit must cost little more than
// Node's own start-up. This path loads only `@mfa-session/core/cached` (config, cache read) and answers
// from a fresh cache entry; anything else (a miss, an odd argument, an error, a profile to warn about)
// returns false and the full CLI takes over, with its usage checks, prompts and messages.
import { type CachedCredentials, formatProcessCredentials, getCachedCredentials } from "@mfa-session/core/cached";
import { getHomedir } from "../getHomedir.js";
import type { CliIo } from "../io.js";
import { readProfileStack } from "../session/profileStack.js";

/** Writes the credentials and returns true on a hit; `write` is the caller's (bin.ts: writeStdoutSync). */
export async function answerFromCache(argv: readonly string[], env: CliIo["env"], write: (text: string) => void): Promise<boolean> {
  const profile = getProfileArgument(argv);
  if (profile === undefined) return false;
  // A loop back into the same profile is reported by the full path (guardRecursion).
  if (readProfileStack(env).includes(profile)) return false;
  let hit: CachedCredentials | undefined;
  try {
    hit = await getCachedCredentials({ profile, env, homedir: getHomedir({ env }) });
  } catch {
    return false; // the full path reports the same problem with its own message
  }
  // A profile holding its own static keys next to credential_process gets the full path's warning.
  if (hit === undefined || hit.profile.sourceProfile === profile) return false;
  // Outside the try: a failed write must not send the full path to write (and maybe prompt) again.
  write(`${JSON.stringify(formatProcessCredentials(hit.credentials))}\n`);
  return true;
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
