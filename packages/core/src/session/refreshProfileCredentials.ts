// The session engine's work under the device lock, once the cache has missed (getCachedCredentials):
// re-check the cache (another process may have just filled it), reuse a valid MFA session for roles,
// else one code for a new MFA session; a failure to get that code is shared with the callers that
// waited on it (sharedFailure.ts).
import type { AwsClientFactory } from "../aws/AwsClientFactory.js";
import type { SessionCache, SessionCacheMeta, UsedCodeStore } from "../cache/SessionCache.js";
import type { AwsCredentials, ResolvedProfile, RoleSpec } from "../config/ResolvedProfile.js";
import type { Locker } from "../lock/Lock.js";
import type { Clock, Logger, MfaCodeProvider } from "../ports/ports.js";
import type { FailedAttemptStore } from "../cache/failedAttemptStore.js";
import { assumeRoleFromSession } from "./assumeRoleFromSession.js";
import { assumeRoleWithMfa } from "./assumeRoleWithMfa.js";
import { getMfaSession, requireMfaSerial } from "./getMfaSession.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import { isRefusedSessionError } from "./isRefusedSessionError.js";
import { keepNoSessionAfterSignOut } from "./keepNoSessionAfterSignOut.js";
import type { SessionCredentials } from "./ProcessCredentials.js";
import { findWithoutCode, type FoundWithoutCode } from "./findWithoutCode.js";
import { createSharedFailure } from "./sharedFailure.js";
import { warnAfterSts } from "./warnAfterSts.js";

export interface CredentialsResult {
  credentials: SessionCredentials;
  profile: ResolvedProfile;
  /** "cache": no STS call was made. */
  source: "cache" | "sts";
}

export interface RefreshProfileCredentialsOptions {
  profile: ResolvedProfile;
  /** Called only on a cache miss (a credential_process source costs a spawn). */
  loadSourceCredentials: () => Promise<AwsCredentials>;
  /** Called only on a cache miss, so the hit path never loads the AWS SDK. */
  getClients: () => Promise<AwsClientFactory>;
  codeProvider: MfaCodeProvider;
  interactive: boolean;
  /** The code source makes a new code every 30 s (mfa_process): see MfaCodeOptions. */
  freshCodeEachStep?: boolean;
  cache: SessionCache;
  usedCodes: UsedCodeStore;
  locker: Locker;
  /** Where a failed attempt is left for the callers waiting on the lock (sharedFailure.ts). */
  failedAttempts: FailedAttemptStore;
  /** Where this caller's code comes from; callers waiting on a failure take it on only when asked the same way. */
  askedBy: string;
  /** When this caller began (ms since the epoch), default now: a failure after it is one it waited for. */
  startedAt?: number;
  clock: Clock;
  logger: Logger;
  forceRefresh?: boolean;
  minRemainingMs?: number;
  signal?: AbortSignal;
}

export async function refreshProfileCredentials(options: RefreshProfileCredentialsOptions): Promise<CredentialsResult> {
  options = { ...options, cache: keepNoSessionAfterSignOut(options.cache, options.clock, options.logger, options.startedAt) }; // a logout under way wins
  const { profile, cache } = options;
  requireMfaSerial(profile);
  const keys = getSessionCacheKeys(profile);
  const shared = createSharedFailure({
    store: options.failedAttempts, lockName: keys.lockName, askedBy: options.askedBy, startedAt: options.startedAt,
    clock: options.clock, logger: options.logger, signal: options.signal,
  });

  /** What answers without a code: a fresh entry, or for a chained role the MFA session to assume it from. */
  const findAnswerWithoutCode = async (): Promise<FoundWithoutCode> =>
    options.forceRefresh ? {} : findWithoutCode(profile, { cache, nowMs: options.clock.now(), minRemainingMs: options.minRemainingMs, logger: options.logger });

  return options.locker.withLock(
    keys.lockName,
    async () => {
      // Another process may have filled the cache while this one waited for the lock.
      const found = await findAnswerWithoutCode();
      if (found.hit !== undefined) return { credentials: found.hit, profile, source: "cache" };
      // Or failed to get a code while this one waited: then this one fails with it rather than ask again.
      if (found.mfaSession === undefined) {
        const failure = await shared.find();
        if (failure !== undefined) throw failure;
      }
      // Every folder the session will be written to must be usable before a code is spent on STS.
      await cache.prepare();
      let result: CredentialsResult;
      try {
        result = await refreshFromSts(options, found.mfaSession, shared.watch(options.codeProvider));
      } catch (error) {
        await shared.record(error);
        throw error;
      }
      await shared.clear();
      return result;
    },
    {
      ...(options.signal !== undefined ? { signal: options.signal } : {}),
      // While waiting, so that every waiter fails within a poll of the holder's failure, not one by one.
      checkWhileWaiting: async () => {
        const failure = await shared.findForWaiter(findAnswerWithoutCode);
        if (failure !== undefined) throw failure;
      },
    },
  );
}

/** The STS half, once the cache has no answer: `cachedMfaSession` serves a chained role without a code. */
async function refreshFromSts(
  options: RefreshProfileCredentialsOptions,
  cachedMfaSession: SessionCredentials | undefined,
  codeProvider: MfaCodeProvider,
): Promise<CredentialsResult> {
  const { profile, cache } = options;
  const mfaSerial = requireMfaSerial(profile);
  const keys = getSessionCacheKeys(profile);
  const wantedKey = keys.role ?? keys.mfaSession;
  const clients = await options.getClients();
  const stsFor = (credentials: AwsCredentials) =>
    clients.sts({ region: profile.region, endpoint: profile.endpoints.sts, credentials });
  const meta = (kind: SessionCacheMeta["kind"]): SessionCacheMeta => ({
    kind,
    profile: profile.name,
    mfaSerial,
    ...(kind === "role" && profile.role !== undefined ? { roleArn: profile.role.roleArn } : {}),
    sourceProfile: profile.sourceProfile,
  });
  let cacheWarned = false;
  const save = async (key: string, kind: SessionCacheMeta["kind"], credentials: SessionCredentials): Promise<void> => {
    try {
      await cache.write(key, meta(kind), credentials);
    } catch (error) {
      if (!cacheWarned) {
        warnAfterSts(options.logger, `Profile ${profile.name}: the new session could not be saved in the cache, so the next call will start another`, error, "save the session in the cache");
      }
      cacheWarned = true;
    }
  };
  const codeOptions = {
    codeProvider,
    interactive: options.interactive,
    ...(options.freshCodeEachStep ? { freshCodeEachStep: true } : {}),
    usedCodes: options.usedCodes,
    clock: options.clock,
    logger: options.logger,
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
  };
  const role = profile.role;

  if (role !== undefined && role.assumeDirectly) {
    const sts = await stsFor(await options.loadSourceCredentials());
    const credentials = await assumeRoleWithMfa({ ...codeOptions, profile: { ...profile, role }, sts });
    await save(wantedKey, "role", credentials);
    return { credentials, profile, source: "sts" };
  }

  const newMfaSession = async (): Promise<SessionCredentials> => {
    const sts = await stsFor(await options.loadSourceCredentials());
    const created = await getMfaSession({ ...codeOptions, profile, sts });
    await save(keys.mfaSession, "mfa-session", created);
    return created;
  };
  if (role === undefined) return { credentials: await newMfaSession(), profile, source: "sts" };

  let credentials: SessionCredentials;
  if (cachedMfaSession === undefined) {
    credentials = await assumeRole(profile, role, await stsFor(await newMfaSession()), options);
  } else {
    options.logger.debug(`Profile ${profile.name}: assuming the role from the cached MFA session; no code needed.`);
    try {
      credentials = await assumeRole(profile, role, await stsFor(cachedMfaSession), options);
    } catch (error) {
      if (!isRefusedSessionError(error)) throw error;
      options.logger.info(`Profile ${profile.name}: STS no longer accepts the cached MFA session (expired or revoked); starting a new one.`);
      await cache.delete(keys.mfaSession);
      credentials = await assumeRole(profile, role, await stsFor(await newMfaSession()), options);
    }
  }
  await save(wantedKey, "role", credentials);
  return { credentials, profile, source: "sts" };
}

function assumeRole(
  profile: ResolvedProfile,
  role: RoleSpec,
  sts: Awaited<ReturnType<AwsClientFactory["sts"]>>,
  options: RefreshProfileCredentialsOptions,
): Promise<SessionCredentials> {
  return assumeRoleFromSession({
    profile: { ...profile, role },
    sts,
    clock: options.clock,
    logger: options.logger,
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
  });
}
