// THE entry point of the CLI (credential_process, login) and the extension: credentials for a profile,
// from the shared cache when fresh (getCachedCredentials, with its checks), else from STS with one MFA
// code under the device lock. Production defaults are built here only.
import { homedir as osHomedir } from "node:os";
import { join } from "node:path";
import type { AwsClientFactory } from "../aws/AwsClientFactory.js";
import type { SessionCache, UsedCodeStore } from "../cache/SessionCache.js";
import { getCacheDir } from "../cache/getCacheDir.js";
import { createSessionCache } from "../cache/fileSessionCache.js";
import { createUsedCodeStore } from "../cache/usedCodeStore.js";
import { createFailedAttemptStore, type FailedAttemptStore } from "../cache/failedAttemptStore.js";
import { createFileLocker } from "../lock/fileLock.js";
import type { Locker } from "../lock/Lock.js";
import { type Clock, type Logger, type MfaCodeProvider, type MfaCodeProviderOptions, silentLogger, systemClock } from "../ports/ports.js";
import type { CodeSources } from "../prompt/CodeSource.js";
import { getAskedBy } from "../prompt/getAskedBy.js";
import { getCodeSources, resolveCodeProvider } from "../prompt/resolveCodeProvider.js";
import { getCachedCredentials } from "./getCachedCredentials.js";
import { loadSourceCredentials } from "./loadProfile.js";
import { pushProfileStack } from "./profileStack.js";
import { type CredentialsResult, refreshProfileCredentials } from "./refreshProfileCredentials.js";

export interface GetCredentialsOptions {
  /** Profile name; default AWS_PROFILE, else AWS_DEFAULT_PROFILE, else "default". */
  profile?: string;
  env?: NodeJS.ProcessEnv;
  homedir?: string;
  /**
   * Where a code can come from, by source name (token, vscode, tty, dialog); the profile's mfa_process is
   * the `process` source. They are tried in the order of prompt/getCodeSourceOrder (README, "Where the code
   * comes from"). Without any, only the profile's mfa_process can answer.
   */
  codeSources?: CodeSources;
  /** Shorthand for codeSources: a prompt for a person, or with `interactive: false` a fixed code (token). */
  codeProvider?: MfaCodeProvider;
  codeProviderOptions?: MfaCodeProviderOptions;
  /** Ignore cached sessions (a new MFA session and role session). */
  forceRefresh?: boolean;
  clock?: Clock;
  logger?: Logger;
  clients?: AwsClientFactory;
  cache?: SessionCache;
  usedCodes?: UsedCodeStore;
  locker?: Locker;
  failedAttempts?: FailedAttemptStore;
  signal?: AbortSignal;
  /** Default 20 min (15 min for SDKs + 5 min of clock skew): cached credentials with less time left are refreshed. */
  minRemainingMs?: number;
  /**
   * When this caller began, ms since the epoch; default: now. A one-shot process (the CLI) passes its own
   * start, so every caller launched before a failed attempt to get a code fails with it, even one slow to
   * reach the lock, and a process started after it asks anew (sharedFailure.ts).
   */
  startedAt?: number;
}

export type GetCredentialsResult = CredentialsResult;

export async function getCredentials(options: GetCredentialsOptions = {}): Promise<GetCredentialsResult> {
  const env = options.env ?? process.env;
  const homedir = options.homedir ?? osHomedir();
  const clock = options.clock ?? systemClock;
  const startedAt = options.startedAt ?? clock.now();
  const logger = options.logger ?? silentLogger;
  const cacheDir = getCacheDir({ env, homedir });
  const cache = options.cache ?? createSessionCache({ dir: cacheDir, clock, logger });
  const { profile, credentials } = await getCachedCredentials({
    profile: options.profile, env, homedir, clock, logger, cache,
    ...(options.forceRefresh !== undefined ? { forceRefresh: options.forceRefresh } : {}),
    ...(options.minRemainingMs !== undefined ? { minRemainingMs: options.minRemainingMs } : {}),
  });
  if (credentials !== undefined) return { credentials, profile, source: "cache" };
  // Whatever this run starts (the source's credential_process, mfa_process) inherits the profile stack.
  const childEnv = pushProfileStack(env, profile.name);
  const { codeProvider, interactive, freshCodeEachStep, order } = resolveCodeProvider({
    env: childEnv, mfaProcess: profile.mfaProcess, sources: options.codeSources ?? getCodeSources(options.codeProvider, options.codeProviderOptions),
  });
  return refreshProfileCredentials({
    profile,
    loadSourceCredentials: () => loadSourceCredentials(profile, { env: childEnv, clock }),
    getClients: async () => options.clients ?? (await import("../aws/createAwsClients.js")).createAwsClients(),
    codeProvider,
    interactive,
    freshCodeEachStep,
    cache,
    usedCodes: options.usedCodes ?? createUsedCodeStore({ dir: join(cacheDir, "used-codes"), clock }),
    locker: options.locker ?? createFileLocker({ dir: join(cacheDir, "locks"), clock }),
    failedAttempts: options.failedAttempts ?? createFailedAttemptStore({ dir: cacheDir }),
    askedBy: getAskedBy(order, profile.mfaProcess),
    startedAt,
    clock,
    logger,
    ...(options.forceRefresh !== undefined ? { forceRefresh: options.forceRefresh } : {}),
    ...(options.minRemainingMs !== undefined ? { minRemainingMs: options.minRemainingMs } : {}),
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
  });
}
