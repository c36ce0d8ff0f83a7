// Pure: what a lock file says about its holder, and the file name for a lock name.
import { createHash } from "node:crypto";
import { parseJsonObject } from "../cache/parseJsonObject.js";

export interface LockHolder {
  pid: number;
  hostname: string;
  /** ISO 8601. */
  createdAt: string;
  /** Random per acquisition: a holder releases or refreshes only the lock that still carries its token. */
  token: string;
  /** The boot it was taken in (Linux, getBootId), so a lock left before a reboot is not kept by a reused pid. */
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

/** Readable names are kept (`<name>.lock`); anything else (an MFA serial ARN...) is hashed to a safe file name. */
export function getLockFileName(name: string): string {
  if (/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/.test(name)) return `${name}.lock`;
  return `${createHash("sha256").update(name).digest("hex")}.lock`;
}
