// Pure: what a lock file says about its holder, whether that holder still holds on, and the file name
// for a lock name.
import { parseJsonObject } from "../cache/parseJsonObject.js";
import { sha256Hex } from "../hash/sha256Hex.js";

export interface LockHolder {
  pid: number;
  hostname: string;
  /** ISO 8601. */
  createdAt: string;
  /** Random per acquisition: a holder releases or refreshes only the lock that still carries its token. */
  token: string;
  /** The boot it was taken in (Linux and macOS, getBootId), so a lock left before a reboot is not kept by a reused pid. */
  bootId?: string;
}

export function formatLockHolder(holder: LockHolder): string {
  return `${JSON.stringify(holder)}\n`;
}

export function parseLockHolder(text: string): LockHolder | undefined {
  const data = parseJsonObject(text);
  if (data === undefined) return undefined;
  const { pid, hostname, createdAt, token, bootId } = data;
  if (typeof pid !== "number" || !Number.isSafeInteger(pid) || pid <= 0) return undefined;
  if (typeof hostname !== "string" || typeof createdAt !== "string" || typeof token !== "string" || token.length === 0) {
    return undefined;
  }
  return typeof bootId === "string" ? { pid, hostname, createdAt, token, bootId } : { pid, hostname, createdAt, token };
}

/** Where a lock is judged: this host's name and boot, and whether one of its pids is alive. */
export interface LockHost {
  hostname: string;
  bootId: string | undefined;
  isProcessAlive(pid: number): boolean;
  /**
   * Whether the holder that took the lock with `token` still keeps its beacon (holderBeacon.ts,
   * Windows): false once that process ended, whatever process has its pid now; undefined where there
   * is no beacon to look at. Absent: the pid alone decides.
   */
  probeBeacon?(token: string): boolean | undefined;
}

/**
 * Whether `holder` still holds its lock: on this host, while its pid is alive, it took the lock in
 * this boot and (where it has one) its beacon is still held. undefined for another host's holder,
 * which cannot be checked (its lock file's age decides).
 */
export function isHolderAlive(holder: LockHolder, host: LockHost): boolean | undefined {
  if (holder.hostname !== host.hostname) return undefined;
  if (holder.bootId !== undefined && host.bootId !== undefined && holder.bootId !== host.bootId) return false;
  if (!host.isProcessAlive(holder.pid)) return false;
  return host.probeBeacon?.(holder.token) ?? true;
}

/** Readable names are kept (`<name>.lock`); anything else (an MFA serial ARN...) is hashed to a safe file name. */
export function getLockFileName(name: string): string {
  if (/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/.test(name)) return `${name}.lock`;
  return `${sha256Hex(name)}.lock`;
}
