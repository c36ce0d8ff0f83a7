// Pure: the record `logout` leaves in the cache folder, so that a refresh already under way when it ran
// does not put back a session afterwards (session/keepNoSessionAfterSignOut.ts), and what a logout covers.
import { parseJsonObject } from "./parseJsonObject.js";
import type { SessionCacheMeta } from "./SessionCache.js";

/** What one logout covers: everything, or these cache keys and the entries made by or sourced from these profiles. */
export type SignOutScope = { all: true } | { keys: readonly string[]; profiles: readonly string[] };

/** When each scope was last signed out of (ms since the epoch). */
export interface SignOuts {
  all?: number;
  keys: Record<string, number>;
  profiles: Record<string, number>;
}

const FORMAT = "mfa-session-sign-outs";
/** A refresh runs for a minute or two at most (the lock's 55 s, a prompt): older sign-outs matter to none. */
const KEEP_MS = 24 * 60 * 60_000;

export const NO_SIGN_OUTS: SignOuts = { keys: {}, profiles: {} };

/** Whether `scope` covers the entry `key` with `meta` (the one rule both logout and the refresh follow). */
export function isInSignOutScope(scope: SignOutScope, key: string, meta: Pick<SessionCacheMeta, "profile" | "sourceProfile">): boolean {
  if ("all" in scope) return true;
  return scope.keys.includes(key) || scope.profiles.includes(meta.profile) || scope.profiles.includes(meta.sourceProfile);
}

/** `signOuts` with `scope` signed out of at `at`; sign-outs older than a day are dropped. */
export function addSignOut(signOuts: SignOuts, scope: SignOutScope, at: number): SignOuts {
  const recent = (times: Record<string, number>) => Object.fromEntries(Object.entries(times).filter(([, time]) => at - time < KEEP_MS));
  const next: SignOuts = { keys: recent(signOuts.keys), profiles: recent(signOuts.profiles) };
  const all = "all" in scope ? at : signOuts.all;
  if (all !== undefined && at - all < KEEP_MS) next.all = all;
  if (!("all" in scope)) {
    for (const key of scope.keys) next.keys[key] = at;
    for (const profile of scope.profiles) next.profiles[profile] = at;
  }
  return next;
}

/**
 * Whether a logout covering the entry ran at or after `sinceMs` (when the refresh that made it started).
 * A sign-out later than `nowMs` is a clock that went back since: it is ignored rather than let it
 * refuse every session until the clock catches up.
 */
export function isSignedOutSince(signOuts: SignOuts, key: string, meta: Pick<SessionCacheMeta, "profile" | "sourceProfile">, sinceMs: number, nowMs: number): boolean {
  const times = [signOuts.all, signOuts.keys[key], signOuts.profiles[meta.profile], signOuts.profiles[meta.sourceProfile]];
  return times.some((time) => time !== undefined && time >= sinceMs && time <= nowMs);
}

export function formatSignOuts(signOuts: SignOuts): string {
  return `${JSON.stringify({ format: FORMAT, version: 1, ...signOuts })}\n`;
}

/** The record in `text`; none when it is damaged (then a refresh keeps its session, as before any logout). */
export function parseSignOuts(text: string): SignOuts {
  const data = parseJsonObject(text);
  if (data === undefined || data.format !== FORMAT || data.version !== 1) return NO_SIGN_OUTS;
  const times = (value: unknown): Record<string, number> =>
    typeof value === "object" && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).filter((entry): entry is [string, number] => typeof entry[1] === "number" && Number.isFinite(entry[1])))
      : {};
  const signOuts: SignOuts = { keys: times(data.keys), profiles: times(data.profiles) };
  if (typeof data.all === "number" && Number.isFinite(data.all)) signOuts.all = data.all;
  return signOuts;
}
