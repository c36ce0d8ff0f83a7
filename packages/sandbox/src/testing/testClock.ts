// A clock tests move by hand, so consecutive codes, reuse and expiry are deterministic.
import type { Clock } from "@mfa-session/core";

export interface TestClock extends Clock {
  set(ms: number): void;
  advanceSeconds(seconds: number): void;
}

/** Starts at the beginning of a 30 s TOTP step (plus `offsetSeconds`). */
export function createTestClock(startMs = Date.UTC(2026, 0, 1, 12, 0, 0), offsetSeconds = 5): TestClock {
  let now = startMs + offsetSeconds * 1000;
  return {
    now: () => now,
    set(ms) { now = ms; },
    advanceSeconds(seconds) { now += seconds * 1000; },
  };
}
