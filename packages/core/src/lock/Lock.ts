// The contract of the cross-process lock: one holder per name (one per MFA device), others wait.
// Implemented by fileLock.ts; a lock left by a killed process is taken over within seconds.

export interface LockOptions {
  /** Give up waiting after this long (code LOCK_TIMEOUT). Default: a little under Go's 60 s credential_process limit. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /**
   * Called between attempts while another holds the lock; what it throws ends the wait (the lock is
   * not taken, fn does not run). Lets a waiter learn the holder's outcome without waiting its turn.
   */
  checkWhileWaiting?: () => Promise<void>;
}

export interface Locker {
  /** Runs `fn` while holding the lock `name`; releases it however `fn` ends. */
  withLock<T>(name: string, fn: () => Promise<T>, options?: LockOptions): Promise<T>;
}
