// Seeded input generation for the fuzz tests: a small PRNG (mulberry32) so a failure replays with
// FUZZ_SEED=<seed>, and mutations of valid inputs (flips, inserts, deletes, duplicates, truncation).

export interface Random {
  (): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
}

/** FUZZ_SEED from the environment, else a fresh one; printed by every fuzz test. */
export function getFuzzSeed(): number {
  const given = Number(process.env.FUZZ_SEED);
  return Number.isInteger(given) && given > 0 ? given : 1 + Math.floor(Math.random() * 2 ** 31);
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (() => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Random;
  next.int = (maxExclusive) => Math.floor(next() * maxExclusive);
  next.pick = (items) => items[next.int(items.length)]!;
  return next;
}

const TOKENS = [
  "[", "]", "=", "\n", "\r\n", "\r", " ", "\t", "#", ";", "\\", "\"", "'", "{", "}", ",", ":", "\u0000", "\uFEFF",
  "\u2028", "\uD800", "é", "💥", "null", "true", "-1", "1e999", "NaN", "__proto__", "constructor", "profile ", "[default]",
  "source_profile", "role_arn", "mfa_serial", "credential_process", "duration_seconds", "endpoint_url",
];

export function randomText(random: Random, maxLength = 64): string {
  let text = "";
  const length = random.int(maxLength);
  while (text.length < length) {
    const choice = random();
    if (choice < 0.4) text += String.fromCharCode(32 + random.int(95));
    else if (choice < 0.7) text += random.pick(TOKENS);
    else text += String.fromCharCode(random.int(0x3000));
  }
  return text;
}

/** One to four random edits of `text`. */
export function mutate(text: string, random: Random): string {
  let result = text;
  for (let edits = 1 + random.int(4); edits > 0; edits--) {
    const at = random.int(result.length + 1);
    const kind = random.int(6);
    if (kind === 0) result = result.slice(0, at) + randomText(random, 8) + result.slice(at);
    else if (kind === 1) result = result.slice(0, at) + result.slice(at + 1 + random.int(16));
    else if (kind === 2 && result.length > 0) result = result.slice(0, at) + String.fromCharCode(result.charCodeAt(at % result.length) ^ (1 << random.int(7))) + result.slice(at + 1);
    else if (kind === 3) result = result.slice(0, at) + result.slice(at, at + random.int(32)) + result.slice(at);
    else if (kind === 4) result = result.slice(0, at);
    else result = result.slice(0, at) + random.pick(TOKENS) + result.slice(at);
  }
  return result;
}
