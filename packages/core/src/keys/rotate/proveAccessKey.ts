// Proves a new access key with GetCallerIdentity signed by it. A new IAM key can take some seconds
// to work everywhere in AWS, so failures are retried with backoff for up to `timeoutMs`.
import { findCallingUser, type CallingUser } from "../../device/findCallingUser.js";
import { MfaSessionError } from "../../errors/MfaSessionError.js";
import type { Clock, StsPort } from "../../ports/ports.js";

export interface ProveAccessKeyOptions {
  /** An STS client signed with the new key. */
  sts: StsPort;
  endpoint?: string;
  /** The IAM user the key must belong to. */
  userName: string;
  clock: Clock;
  sleep(ms: number): Promise<void>;
  /** Default 15 s. */
  timeoutMs?: number;
}

export const PROVE_TIMEOUT_MS = 15_000;
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 4_000;

/** Resolves once the key answers as `userName`; throws the last failure after `timeoutMs`. */
export async function proveAccessKey(options: ProveAccessKeyOptions): Promise<void> {
  const timeoutMs = options.timeoutMs ?? PROVE_TIMEOUT_MS;
  const deadline = options.clock.now() + timeoutMs;
  for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
    let caller: CallingUser | undefined;
    let failure: unknown;
    try {
      caller = await findCallingUser({ sts: options.sts, ...(options.endpoint ? { endpoint: options.endpoint } : {}) });
    } catch (error) {
      failure = error;
    }
    if (caller !== undefined) {
      if (caller.userName === options.userName) return;
      // Another user's key cannot come out of our own CreateAccessKey: no point in waiting.
      throw new MfaSessionError(`GetCallerIdentity with the new key answered as ${caller.arn}, not as user ${options.userName}`);
    }
    const left = deadline - options.clock.now();
    if (left <= 0) {
      throw new MfaSessionError(`GetCallerIdentity with the new key still failed after ${Math.round(timeoutMs / 1000)} s: ${getFailureName(failure)}`, "AWS_ERROR", { cause: failure });
    }
    await options.sleep(Math.min(delay, left));
  }
}

/** The AWS error code (InvalidClientTokenId), or the error's own name, without the advice a translated message adds for a stored key. */
function getFailureName(error: unknown): string {
  const raw = error instanceof MfaSessionError && error.cause !== undefined ? error.cause : error;
  return raw instanceof Error ? raw.name : String(raw);
}
