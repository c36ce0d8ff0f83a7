// Fuzz: mutated and generated cache files through parseCacheEntry (pure) and createSessionCache().read
// (on disk). A whole entry or undefined, never a throw; a file that does not parse is removed, and
// whatever read returns round-trips through formatCacheEntry. Replay a failure with FUZZ_SEED=<seed>.
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRandom, getFuzzSeed, mutate, randomText } from "../testing/fuzz.js";
import { createSessionCache } from "./fileSessionCache.js";
import { formatCacheEntry, parseCacheEntry } from "./parseCacheEntry.js";

const KEY = "a".repeat(64);
const VALID = formatCacheEntry({
  key: KEY,
  meta: { kind: "role", profile: "admin", sourceProfile: "dev-keys", mfaSerial: "arn:aws:iam::123456789012:mfa/alice", roleArn: "arn:aws:iam::123456789012:role/admin" },
  credentials: { accessKeyId: "ASIAFUZZ000000000001", secretAccessKey: "fuzzsecret", sessionToken: "fuzztoken", expiration: new Date("2026-11-22T21:00:00Z") },
  createdAt: new Date("2026-11-22T20:00:00Z"),
});

function jsonish(random: ReturnType<typeof createRandom>, depth = 0): unknown {
  const kind = random.int(depth > 2 ? 4 : 6);
  if (kind === 0) return randomText(random, 20);
  if (kind === 1) return random.pick([0, -1, 1e308, 1.5, Number.MAX_SAFE_INTEGER]);
  if (kind === 2) return random.pick([null, true, false]);
  if (kind === 3) return random.pick(["2026-02-31T00:00:00Z", "2026-11-22T21:00:00Z", "1", "", KEY, "mfa-session-cache", "role"]);
  if (kind === 4) return Array.from({ length: random.int(4) }, () => jsonish(random, depth + 1));
  const object: Record<string, unknown> = {};
  for (const name of ["format", "version", "key", "meta", "credentials", "createdAt", "kind", "profile", "expiration", randomText(random, 6)]) {
    if (random() < 0.5) object[name] = jsonish(random, depth + 1);
  }
  return object;
}

describe("parseCacheEntry and the cache reader on bad files", () => {
  it("return a whole entry or undefined for 5000 mutated and generated texts, never throw", () => {
    const seed = getFuzzSeed();
    console.log(`parseCacheEntry fuzz seed: ${seed} (FUZZ_SEED=${seed} replays it)`);
    const random = createRandom(seed);
    const valid = JSON.parse(VALID) as Record<string, unknown>;
    let accepted = 0;
    for (let round = 0; round < 5000; round++) {
      let text: string;
      if (round % 3 === 0) text = mutate(VALID, random);
      else if (round % 3 === 1) text = JSON.stringify({ ...valid, [random.pick(Object.keys(valid))]: jsonish(random) });
      else text = JSON.stringify(jsonish(random));
      const entry = parseCacheEntry(text, KEY);
      if (entry === undefined) continue;
      accepted += 1;
      // Whatever is accepted is whole: it formats and parses back to the same entry.
      expect(parseCacheEntry(formatCacheEntry(entry), KEY), `round ${round} (FUZZ_SEED=${seed})`).toEqual(entry);
      expect(entry.credentials.expiration.getTime()).not.toBeNaN();
    }
    console.log(`parseCacheEntry fuzz: ${accepted} of 5000 accepted (all whole)`);
    expect(accepted).toBeGreaterThan(0);
  });

  it("reads 400 mutated files on disk as a miss (and removes them) or a whole entry", async () => {
    const seed = getFuzzSeed();
    console.log(`cache reader fuzz seed: ${seed} (FUZZ_SEED=${seed} replays it)`);
    const random = createRandom(seed);
    const dir = join(process.env.HOME!, "fuzz-cache");
    const warnings: string[] = [];
    const cache = createSessionCache({ dir, logger: { debug() {}, info() {}, warn: (message) => void warnings.push(message) } });
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const path = join(dir, `${KEY}.json`);
    const outcomes = { entries: 0, removed: 0 };
    for (let round = 0; round < 400; round++) {
      const text = mutate(VALID, random);
      await fs.writeFile(path, text, { mode: 0o600 });
      const entry = await cache.read(KEY);
      const context = `round ${round} (FUZZ_SEED=${seed})`;
      if (entry === undefined) {
        await expect(fs.stat(path), context).rejects.toThrow(/ENOENT/);
        outcomes.removed += 1;
      } else {
        expect(parseCacheEntry(Buffer.from(text).toString("utf8"), KEY), context).toEqual(entry); // as stored (UTF-8)
        outcomes.entries += 1;
      }
    }
    console.log(`cache reader fuzz: ${JSON.stringify(outcomes)}, ${warnings.length} warnings`);
    expect(outcomes.removed).toBeGreaterThan(100);
    for (const warning of warnings) expect(warning).not.toMatch(/fuzzsecret|fuzztoken/);
    for (const name of await fs.readdir(dir)) expect(name).toBe(`${KEY}.json`); // nothing else appeared
  });
});
