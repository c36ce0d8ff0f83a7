// After a cache miss, before the full CLI loads: when another process is signing in for the same
// device (it holds the device's lock), wait for its outcome here (core's waitForSignInUnderWay) and
// answer with it. A burst of callers on a cold cache, or one whose code is refused, then costs little
// more than their start-up: only the caller that signs in loads the full CLI, its prompts and the SDK.
// Its own chunk (dist/chunks/sign-in-wait-<hash>.js), loaded only after a miss: the lock and the
// hashing it needs (node:crypto) would slow every cache hit.
import { getCachedCredentials, waitForSignInUnderWay } from "@mfa-session/core/cached";
import { exitCodeFor, formatError } from "../formatError.js";
import { getHomedir } from "../getHomedir.js";
import { EXIT_OK, type CliIo } from "../io.js";
import { formatWarning } from "../session/formatWarning.js";
import { getCliCodeSourceNames } from "../session/getCliCodeSourceNames.js";
import { type CacheHitOutput, collectWarnings, getCredentialProcessRequest, writeCredentials } from "./credentialProcessCacheHit.js";

/**
 * After a miss: when another process is signing in for this profile's device, waits for its outcome
 * and answers with it, the session (exit 0) or its shared failure, worded and with the exit status as
 * the full CLI would. undefined, having written nothing, when this caller must sign in itself (the
 * full CLI then takes the lock), or for anything unexpected (the full CLI reports it).
 */
export async function answerAfterSignInUnderWay(argv: readonly string[], env: CliIo["env"], output: CacheHitOutput, startedAt: number): Promise<number | undefined> {
  const request = getCredentialProcessRequest(argv);
  if (request === undefined) return undefined;
  const { logger, warnings } = collectWarnings();
  const homedir = getHomedir({ env });
  let outcome;
  try {
    const { profile, credentials } = await getCachedCredentials({ profile: request.profile, env, homedir, logger });
    outcome = credentials !== undefined ? { credentials } : await waitForSignInUnderWay({ profile, env, homedir, appSources: getCliCodeSourceNames(request), startedAt });
  } catch {
    return undefined;
  }
  if (outcome === undefined) return undefined;
  if ("failure" in outcome) {
    for (const warning of warnings) output.stderr(formatWarning(warning));
    output.stderr(formatError(outcome.failure));
    return exitCodeFor(outcome.failure);
  }
  writeCredentials(output, warnings, outcome.credentials);
  return EXIT_OK;
}

