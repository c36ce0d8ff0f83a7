// Pure validation of one session cache file. Anything not exactly ours and whole is undefined.
import type { SessionCacheEntry, SessionCacheKind, SessionCacheMeta } from "./SessionCache.js";
import { parseJsonObject } from "./parseJsonObject.js";

export const CACHE_FORMAT = "mfa-session-cache";
export const CACHE_VERSION = 1;
const KEY_PATTERN = /^[a-f0-9]{64}$/;
const KINDS: readonly SessionCacheKind[] = ["mfa-session", "role"];

export function isCacheKey(value: unknown): value is string {
  return typeof value === "string" && KEY_PATTERN.test(value);
}

/** The file content for an entry (the inverse of parseCacheEntry). */
export function formatCacheEntry(entry: SessionCacheEntry): string {
  const { credentials, meta } = entry;
  return `${JSON.stringify({
    format: CACHE_FORMAT,
    version: CACHE_VERSION,
    key: entry.key,
    meta,
    credentials: {
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      sessionToken: credentials.sessionToken,
      expiration: credentials.expiration.toISOString(),
    },
    createdAt: entry.createdAt.toISOString(),
  })}\n`;
}

/** The entry in `text` when it is a whole, valid entry for `expectedKey`; otherwise undefined. */
export function parseCacheEntry(text: string, expectedKey: string): SessionCacheEntry | undefined {
  const data = parseJsonObject(text);
  if (data === undefined || data.format !== CACHE_FORMAT || data.version !== CACHE_VERSION) return undefined;
  if (!isCacheKey(data.key) || data.key !== expectedKey) return undefined;
  const meta = parseMeta(data.meta);
  const credentials = isRecord(data.credentials) ? data.credentials : undefined;
  const createdAt = parseDate(data.createdAt);
  if (meta === undefined || credentials === undefined || createdAt === undefined) return undefined;
  const { accessKeyId, secretAccessKey, sessionToken } = credentials;
  const expiration = parseDate(credentials.expiration);
  if (!isText(accessKeyId) || !isText(secretAccessKey) || !isText(sessionToken) || expiration === undefined) return undefined;
  return { key: data.key, meta, credentials: { accessKeyId, secretAccessKey, sessionToken, expiration }, createdAt };
}

function parseMeta(value: unknown): SessionCacheMeta | undefined {
  if (!isRecord(value)) return undefined;
  const { kind, profile, sourceProfile, mfaSerial, roleArn } = value;
  if (!KINDS.includes(kind as SessionCacheKind) || !isText(profile) || !isText(sourceProfile)) return undefined;
  if (mfaSerial !== undefined && !isText(mfaSerial)) return undefined;
  if (roleArn !== undefined && !isText(roleArn)) return undefined;
  const meta: SessionCacheMeta = { kind: kind as SessionCacheKind, profile, sourceProfile };
  if (mfaSerial !== undefined) meta.mfaSerial = mfaSerial;
  if (roleArn !== undefined) meta.roleArn = roleArn;
  return meta;
}

/** Only full ISO 8601 timestamps with a zone; `new Date("1")` style leniency is refused. */
function parseDate(value: unknown): Date | undefined {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return undefined;
  const [year, month, day] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (calendarDay.getUTCMonth() !== month - 1 || calendarDay.getUTCDate() !== day) return undefined; // no Feb 31
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= 8192;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
