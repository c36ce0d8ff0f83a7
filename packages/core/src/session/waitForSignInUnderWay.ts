// A caller whose cache missed while another process signs in for the same device (it holds the
// device's lock) needs only that sign-in's outcome: the session it leaves in the cache, or the failure
// it leaves for its waiters (sharedFailure.ts). This waits for it without taking the lock and without
// the session engine, the prompts or the AWS SDK, so the credential_process fast path can wait in a
// few megabytes and a burst of callers costs little more than their start-up. Only when the holder
// lets go with neither (or nobody holds the lock) must the caller sign in itself: `undefined`.
import { join } from "node:path";
import { getCacheDir } from "../cache/getCacheDir.js";
import { createFailedAttemptStore } from "../cache/failedAttemptStore.js";
import { readCacheFile } from "../cache/readCacheFile.js";
import type { Env } from "../config/Env.js";
import type { ResolvedProfile } from "../config/ResolvedProfile.js";
import { isMfaSessionError, type MfaSessionError } from "../errors/MfaSessionError.js";
import { createFileLocker, type FileLocker } from "../lock/fileLock.js";
import { type Clock, type Logger, silentLogger, systemClock } from "../ports/ports.js";
import type { CodeSourceName } from "../prompt/CodeSource.js";
import { getAskedBy } from "../prompt/getAskedBy.js";
import { getAvailableSources, getCodeSourceOrder } from "../prompt/getCodeSourceOrder.js";
import { findWithoutCode } from "./findWithoutCode.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import type { SessionCredentials } from "./ProcessCredentials.js";
import { createSharedFailure } from "./sharedFailure.js";

export interface WaitForSignInUnderWayOptions {
  /** Resolved by getCachedCredentials, whose miss this follows. */
  profile: ResolvedProfile;
  env: Env;
  homedir: string;
  /** The code sources the app would give getCredentials (their names): the failure shared is one asked the same way. */
  appSources: Iterable<CodeSourceName>;
  /** When this caller began (ms since the epoch): a failure after it is one it waited for. */
  startedAt: number;
  /** How long to wait at most; default what getCredentials' lock waits (55 s) less the time since startedAt. */
  timeoutMs?: number;
  clock?: Clock;
  logger?: Logger;
  locker?: Pick<FileLocker, "waitForRelease">;
  signal?: AbortSignal;
}

export type SignInOutcome =
  | { credentials: SessionCredentials }
  /** The holder's shared failure, or LOCK_TIMEOUT: what getCredentials would have thrown. */
  | { failure: MfaSessionError };

const LOCK_WAIT_MS = 55_000;

/** The outcome, or undefined when this caller must sign in itself. Other errors are thrown. */
export async function waitForSignInUnderWay(options: WaitForSignInUnderWayOptions): Promise<SignInOutcome | undefined> {
  const { profile, env, homedir } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  if (profile.mfaSerial === undefined || profile.mfaSerial === "") return undefined;
  const cacheDir = getCacheDir({ env, homedir });
  const cache = { read: (key: string) => readCacheFile(cacheDir, key, logger) };
  const find = () => findWithoutCode(profile, { cache, nowMs: clock.now(), logger });
  const { lockName } = getSessionCacheKeys(profile);
  const order = getCodeSourceOrder({ env, available: getAvailableSources(options.appSources, profile.mfaProcess) });
  const shared = createSharedFailure({
    store: createFailedAttemptStore({ dir: cacheDir }), lockName, askedBy: getAskedBy(order, profile.mfaProcess),
    startedAt: options.startedAt, clock, logger,
  });
  const locker = options.locker ?? createFileLocker({ dir: join(cacheDir, "locks"), clock });
  let failure: MfaSessionError | undefined;
  const checkFailure = async (): Promise<void> => {
    failure = await shared.findForWaiter(find);
    if (failure !== undefined) throw failure;
  };
  try {
    await checkFailure(); // the holder failed and let go before this caller looked
    await locker.waitForRelease(lockName, {
      timeoutMs: options.timeoutMs ?? Math.max(0, LOCK_WAIT_MS - (clock.now() - options.startedAt)),
      checkWhileWaiting: checkFailure,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
    // A holder leaves its failure before it lets go: one that let go between the first look and the wait.
    await checkFailure();
  } catch (error) {
    if (failure !== undefined && error === failure) return { failure };
    if (isMfaSessionError(error) && (error.code === "LOCK_TIMEOUT" || error.code === "CANCELLED")) return { failure: error };
    throw error;
  }
  const found = await find();
  return found.hit === undefined ? undefined : { credentials: found.hit };
}
