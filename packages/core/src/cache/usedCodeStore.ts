// Remembers the MFA codes AWS accepted lately, per device, so a code is never submitted twice (STS
// refuses reuse). Stores only a salted hash and the time, never the code; one small file per device.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { join } from "node:path";
import { withFileSystemContext } from "../errors/withFileSystemContext.js";
import { type Clock, systemClock } from "../ports/ports.js";
import type { UsedCodeStore } from "./SessionCache.js";
import { getCacheDir } from "./getCacheDir.js";
import { parseJsonObject } from "./parseJsonObject.js";
import { ensurePrivateDir, ensureWritablePrivateDir, readPrivateFileSync, removeFileIfUnchanged, writePrivateFileAtomic } from "./secureFiles.js";

/** A code accepted at t belongs to a 30 s step within +/-1 of t's, so AWS may still take it until ~90 s later. */
export const USED_CODE_WINDOW_MS = 90_000;
const FORMAT = "mfa-session-used-codes";
const MAX_REMEMBERED = 8;

export interface UsedCodeStoreOptions {
  /** Default: `<cache dir>/used-codes`. Must not be the session cache folder itself. */
  dir?: string;
  clock?: Clock;
}

interface UsedCode {
  salt: string;
  hash: string;
  usedAt: number;
}

export function createUsedCodeStore(options: UsedCodeStoreOptions = {}): UsedCodeStore {
  const dir = options.dir ?? join(getCacheDir(), "used-codes");
  const clock = options.clock ?? systemClock;
  const pathOf = (mfaSerial: string): string => join(dir, `${createHash("sha256").update(mfaSerial).digest("hex")}.json`);

  async function load(path: string): Promise<UsedCode[]> {
    const result = readPrivateFileSync(path);
    if (result.status === "missing") return [];
    const codes = result.status === "ok" ? parseUsedCodes(result.text) : undefined;
    if (codes === undefined) {
      await removeFileIfUnchanged(path, result.identity);
      return [];
    }
    const now = clock.now();
    return codes.filter((entry) => entry.usedAt <= now + USED_CODE_WINDOW_MS && now - entry.usedAt < USED_CODE_WINDOW_MS);
  }

  async function wasUsed(mfaSerial: string, code: string): Promise<boolean> {
    const path = pathOf(mfaSerial);
    const codes = await withFileSystemContext("read the used MFA codes", path, () => load(path));
    return codes.some((entry) => matches(entry, mfaSerial, code));
  }

  async function remember(mfaSerial: string, code: string): Promise<void> {
    const path = pathOf(mfaSerial);
    await withFileSystemContext("record the used MFA code", path, async () => {
      await ensurePrivateDir(dir);
      const salt = randomBytes(16).toString("hex");
      const codes = [...(await load(path)), { salt, hash: hashCode(salt, mfaSerial, code), usedAt: clock.now() }];
      const data = { format: FORMAT, version: 1, codes: codes.slice(-MAX_REMEMBERED) };
      await writePrivateFileAtomic(path, `${JSON.stringify(data)}\n`);
    });
  }

  const prepare = (): Promise<void> => ensureWritablePrivateDir(dir, "use the folder of used MFA codes");

  return { wasUsed, remember, prepare };
}

function hashCode(salt: string, mfaSerial: string, code: string): string {
  return createHmac("sha256", salt).update(`${mfaSerial}\n${code}`).digest("hex");
}

function matches(entry: UsedCode, mfaSerial: string, code: string): boolean {
  const expected = Buffer.from(hashCode(entry.salt, mfaSerial, code), "hex");
  const stored = Buffer.from(entry.hash, "hex");
  return stored.length === expected.length && timingSafeEqual(stored, expected);
}

function parseUsedCodes(text: string): UsedCode[] | undefined {
  const data = parseJsonObject(text);
  if (data === undefined) return undefined;
  const { format, version, codes } = data;
  if (format !== FORMAT || version !== 1 || !Array.isArray(codes)) return undefined;
  const valid = codes.filter(
    (entry): entry is UsedCode =>
      typeof entry === "object" && entry !== null &&
      typeof entry.salt === "string" && /^[a-f0-9]{32}$/.test(entry.salt) &&
      typeof entry.hash === "string" && /^[a-f0-9]{64}$/.test(entry.hash) &&
      typeof entry.usedAt === "number" && Number.isFinite(entry.usedAt),
  );
  return valid.length === codes.length ? valid : undefined;
}
