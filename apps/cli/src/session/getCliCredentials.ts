// The CLI's one call into core's session engine: hands core the CLI's code sources (core chains them
// in its order), and turns the injected CLI io into getCredentials' options.
import { UsageError, getCredentials, normalizeMfaCode, type GetCredentialsResult, type Logger } from "@mfa-session/core";
import { getHomedir } from "../getHomedir.js";
import type { CliIo } from "../io.js";
import { formatWarning } from "./formatWarning.js";
import { getCliCodeSources, type GetCliCodeSourcesOptions } from "../prompt/getCliCodeSources.js";

export interface CliCredentialsRequest {
  profile: string;
  tokenCode?: string | undefined;
  noPrompt?: boolean;
  forceRefresh?: boolean;
  /** Tests replace the terminal / editor drivers. */
  prompt?: Pick<GetCliCodeSourcesOptions, "tty" | "vscode">;
}

export async function getCliCredentials(io: CliIo, request: CliCredentialsRequest): Promise<GetCredentialsResult> {
  const tokenCode = request.tokenCode === undefined ? undefined : normalizeMfaCode(request.tokenCode);
  if (request.tokenCode !== undefined && tokenCode === undefined) {
    throw new UsageError("--token-code must be exactly 6 digits: the code your authenticator shows now.");
  }
  const homedir = getHomedir(io);
  const env = io.env;
  const logger = createStderrLogger(io);
  const codeSources = getCliCodeSources({
    env, homedir,
    ...(tokenCode !== undefined ? { tokenCode } : {}),
    ...(request.noPrompt ? { noPrompt: true } : {}),
    ...request.prompt,
  });
  return getCredentials({
    profile: request.profile,
    env, homedir,
    codeSources,
    logger,
    // One call per process: a call launched before a failed attempt to get a code fails with it (core's sharedFailure).
    startedAt: performance.timeOrigin,
    ...(request.forceRefresh ? { forceRefresh: true } : {}),
  });
}

/** Warnings always; info and debug only with MFA_SESSION_DEBUG=1. Core's messages carry no secrets. */
export function createStderrLogger(io: Pick<CliIo, "stderr" | "env">): Logger {
  const debug = io.env.MFA_SESSION_DEBUG === "1";
  return {
    debug: (message) => { if (debug) io.stderr.write(`mfa-session: ${message}\n`); },
    info: (message) => { if (debug) io.stderr.write(`mfa-session: ${message}\n`); },
    warn: (message) => { io.stderr.write(formatWarning(message)); },
  };
}
