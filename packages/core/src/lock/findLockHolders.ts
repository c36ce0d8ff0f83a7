// Who holds locks right now, for a message (logout: "a sign-in is under way"), judged as fileLock
// judges a holder: a live process of this host, or another host's process whose lock is still fresh.
import { promises as fs } from "node:fs";
import { hostname as osHostname } from "node:os";
import { join } from "node:path";
import { readPrivateFileSync } from "../cache/secureFiles.js";
import { type Clock, systemClock } from "../ports/ports.js";
import { getBootId } from "./getBootId.js";
import { probeBeacon } from "./holderBeacon.js";
import { isProcessAlive } from "./isProcessAlive.js";
import { isHolderAlive, type LockHolder, type LockHost, parseLockHolder } from "./lockHolder.js";

export interface FindLockHoldersOptions {
  /** The lock folder (fileLock's `dir`). */
  dir: string;
  /** Which locks, by the name before `.lock` (readable lock names are their file names). */
  accept(name: string): boolean;
  host?: Partial<LockHost>;
  clock?: Clock;
  /** Another host's lock counts as held while it was refreshed this recently (fileLock's staleMs). */
  staleMs?: number;
}

export async function findLockHolders(options: FindLockHoldersOptions): Promise<LockHolder[]> {
  const host: LockHost = {
    hostname: options.host?.hostname ?? osHostname(),
    bootId: options.host && "bootId" in options.host ? options.host.bootId : getBootId(),
    isProcessAlive: options.host?.isProcessAlive ?? isProcessAlive,
    probeBeacon: options.host?.probeBeacon ?? ((token) => probeBeacon(options.dir, token)),
  };
  const now = (options.clock ?? systemClock).now();
  const names = await fs.readdir(options.dir).catch(() => [] as string[]);
  const holders: LockHolder[] = [];
  for (const file of names.filter((name) => name.endsWith(".lock") && options.accept(name.slice(0, -".lock".length)))) {
    const path = join(options.dir, file);
    const read = readPrivateFileSync(path);
    const holder = read.status === "ok" ? parseLockHolder(read.text) : undefined;
    if (holder === undefined) continue;
    const alive = isHolderAlive(holder, host);
    const fresh = alive === undefined && now - (await fs.stat(path).then((stats) => stats.mtimeMs, () => 0)) <= (options.staleMs ?? 90_000);
    if (alive === true || fresh) holders.push(holder);
  }
  return holders;
}
