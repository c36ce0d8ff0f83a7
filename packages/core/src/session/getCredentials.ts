// THE entry point of the CLI (credential_process, login) and the extension: credentials for a profile,
// from the shared cache when fresh, else from STS with one MFA code. Production defaults are built here only.
import { homedir as osHomedir } from "node:os";
import { join } from "node:path";
import type { AwsClientFactory } from "../aws/AwsClientFactory.js";
import type { SessionCache, UsedCodeStore } from "../cache/SessionCache.js";
import { getCacheDir } from "../cache/getCacheDir.js";
import { createSessionCache } from "../cache/fileSessionCache.js";
import { createUsedCodeStore } from "../cache/usedCodeStore.js";
import { PromptUnavailableError } from "../errors/errors.js";
import { createFileLocker } from "../lock/fileLock.js";
import type { Locker } from "../lock/Lock.js";
import { type Clock, type Logger, type MfaCodeProvider, type MfaCodeProviderOptions, silentLogger, systemClock } from "../ports/ports.js";
import { createMfaProcessProvider } from "../prompt/mfaProcessProvider.js";
import { type CredentialsResult, getProfileCredentials } from "./getProfileCredentials.js";
import { loadProfile, loadSourceCredentials } from "./loadProfile.js";

export interface GetCredentialsOptions {
  /** Profile name; default AWS_PROFILE, else AWS_DEFAULT_PROFILE, else "default". */
  profile?: string;
  env?: NodeJS.ProcessEnv;
  homedir?: string;
  /** Asks a person or a program for a code. Without one, only the profile's mfa_process can answer. */
  codeProvider?: MfaCodeProvider;
  /**
   * interactive (default true) = a person answers: a refused code is asked for again (3 tries), and the profile's
   * mfa_process, when set, answers instead. interactive false = a fixed code: it wins over mfa_process and is tried once.
   */
  codeProviderOptions?: MfaCodeProviderOptions;
  /** Ignore cached sessions (a new MFA session and role session). */
  forceRefresh?: boolean;
  clock?: Clock;
  logger?: Logger;
  clients?: AwsClientFactory;
  cache?: SessionCache;
  usedCodes?: UsedCodeStore;
  locker?: Locker;
  signal?: AbortSignal;
  /** Default 20 min (15 min for SDKs + 5 min of clock skew): cached credentials with less time left are refreshed. */
  minRemainingMs?: number;
}

export type GetCredentialsResult = CredentialsResult;

export async function getCredentials(options: GetCredentialsOptions = {}): Promise<GetCredentialsResult> {
  const env = options.env ?? process.env;
  const homedir = options.homedir ?? osHomedir();
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const profile = await loadProfile({ profile: options.profile, env, homedir });
  const cacheDir = getCacheDir({ env, homedir });
  const { codeProvider, interactive } = getCodeProvider(profile.mfaProcess, env, options);
  return getProfileCredentials({
    profile,
    loadSourceCredentials: () => loadSourceCredentials(profile, { env, clock }),
    getClients: async () => options.clients ?? (await import("../aws/createAwsClients.js")).createAwsClients(),
    codeProvider,
    interactive,
    cache: options.cache ?? createSessionCache({ dir: cacheDir, clock, logger }),
    usedCodes: options.usedCodes ?? createUsedCodeStore({ dir: join(cacheDir, "used-codes"), clock }),
    locker: options.locker ?? createFileLocker({ dir: join(cacheDir, "locks"), clock }),
    clock,
    logger,
    ...(options.forceRefresh !== undefined ? { forceRefresh: options.forceRefresh } : {}),
    ...(options.minRemainingMs !== undefined ? { minRemainingMs: options.minRemainingMs } : {}),
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
  });
}

/** A fixed code beats mfa_process; mfa_process (aws-vault semantics) replaces the interactive prompt. */
function getCodeProvider(
  mfaProcess: string | undefined,
  env: NodeJS.ProcessEnv,
  options: GetCredentialsOptions,
): { codeProvider: MfaCodeProvider; interactive: boolean } {
  const given = options.codeProvider;
  const givenInteractive = options.codeProviderOptions?.interactive ?? true;
  if (mfaProcess !== undefined && mfaProcess !== "" && (given === undefined || givenInteractive)) {
    return { codeProvider: createMfaProcessProvider({ command: mfaProcess, env }), interactive: false };
  }
  return { codeProvider: given ?? noPrompt, interactive: given !== undefined && givenInteractive };
}

const noPrompt: MfaCodeProvider = async (request) => {
  throw new PromptUnavailableError(
    `Profile ${request.profile}: an MFA code is needed and there is no way to ask for it here; run \`mfa-session login --profile ${request.profile}\` in a terminal first, or set mfa_process in the profile.`,
  );
};
