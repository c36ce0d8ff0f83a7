// Retries a call that AWS throttled, with exponential backoff and full jitter (the AWS
// architecture blog's recommendation), so 4 workers do not retry in lock step.
import { ThrottledError } from "../../errors/errors.js";

export interface RetryOptions {
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** Called before each retry (counts go into the report). */
  onRetry?: (attempt: number, delayMs: number) => void;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function retryThrottled<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const maxAttempts = options.maxAttempts ?? 8;
  const base = options.baseDelayMs ?? 200;
  const cap = options.maxDelayMs ?? 20_000;
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof ThrottledError) || attempt >= maxAttempts) throw error;
      const delay = Math.floor(random() * Math.min(cap, base * 2 ** (attempt - 1)));
      options.onRetry?.(attempt, delay);
      await sleep(delay);
    }
  }
}
