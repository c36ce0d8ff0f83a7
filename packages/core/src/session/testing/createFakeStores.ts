// In-memory session cache, used-code store, locker and clock for unit tests of the session flows.
// Shipped in dist only because the build compiles src/**; nothing exports it.
import type { SessionCache, SessionCacheEntry, UsedCodeStore } from "../../cache/SessionCache.js";
import { addSignOut, NO_SIGN_OUTS } from "../../cache/signOuts.js";
import type { Locker } from "../../lock/Lock.js";
import type { Clock, Logger } from "../../ports/ports.js";

export interface FakeClock extends Clock {
  advance(ms: number): void;
}

export function createFakeClock(start = Date.UTC(2026, 0, 15, 9, 0, 0)): FakeClock {
  let now = start;
  return { now: () => now, advance: (ms) => void (now += ms) };
}

export function createMemoryCache(clock: Clock): SessionCache & { entries: Map<string, SessionCacheEntry>; writes: string[] } {
  const entries = new Map<string, SessionCacheEntry>();
  const writes: string[] = [];
  let signOuts = NO_SIGN_OUTS;
  return {
    entries,
    writes,
    read: async (key) => entries.get(key),
    prepare: async () => {},
    write: async (key, meta, credentials) => {
      writes.push(key);
      entries.set(key, { key, meta, credentials, createdAt: new Date(clock.now()) });
    },
    delete: async (key) => void entries.delete(key),
    list: async () => [...entries.values()],
    recordSignOut: async (scope) => void (signOuts = addSignOut(signOuts, scope, clock.now())),
    readSignOuts: async () => signOuts,
  };
}

export function createMemoryUsedCodes(): UsedCodeStore & { used: Set<string> } {
  const used = new Set<string>();
  return {
    used,
    wasUsed: async (serial, code) => used.has(`${serial} ${code}`),
    remember: async (serial, code) => void used.add(`${serial} ${code}`),
    prepare: async () => {},
  };
}

/** A real mutex per name, counting acquisitions. */
export function createMemoryLocker(): Locker & { acquired: string[] } {
  const tails = new Map<string, Promise<unknown>>();
  const acquired: string[] = [];
  return {
    acquired,
    withLock: async (name, fn) => {
      const previous = tails.get(name) ?? Promise.resolve();
      const run = previous.then(
        () => (acquired.push(name), fn()),
        () => (acquired.push(name), fn()),
      );
      tails.set(name, run.catch(() => undefined));
      return run;
    },
  };
}

export function createRecordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => void lines.push(`debug ${m}`),
    info: (m) => void lines.push(`info ${m}`),
    warn: (m) => void lines.push(`warn ${m}`),
  };
}
