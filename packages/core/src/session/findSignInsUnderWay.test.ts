import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFileLocker } from "../lock/fileLock.js";
import { getLockFileName } from "../lock/lockHolder.js";
import { findSignInsUnderWay } from "./findSignInsUnderWay.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import { makeProfile } from "./testing/makeProfile.js";

const alice = makeProfile({ name: "dev" });
const bob = makeProfile({ name: "ops", mfaSerial: "arn:aws:iam::123456789012:mfa/bob" });

function plant(cacheDir: string, name: string, holder: { pid: number; hostname: string }, ageMs = 0): void {
  const path = join(cacheDir, "locks", getLockFileName(name));
  writeFileSync(path, JSON.stringify({ createdAt: new Date().toISOString(), token: "t", ...holder }), { mode: 0o600 });
  const seconds = (Date.now() - ageMs) / 1000;
  utimesSync(path, seconds, seconds);
}

describe(findSignInsUnderWay.name, () => {
  it("finds the refresh that holds a profile's device lock, and only while it holds it", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "mfa-under-way-"));
    const locker = createFileLocker({ dir: join(cacheDir, "locks") });
    const during = await locker.withLock(getSessionCacheKeys(alice).lockName, () =>
      Promise.all([findSignInsUnderWay({ cacheDir, profile: alice }), findSignInsUnderWay({ cacheDir, profile: bob }), findSignInsUnderWay({ cacheDir })]),
    );
    expect(during.map((holders) => holders.map((holder) => holder.pid))).toEqual([[process.pid], [], [process.pid]]);
    expect(await findSignInsUnderWay({ cacheDir })).toEqual([]);
  });

  it("counts no dead holder, no stale lock of another host, and no lock that is not a device's", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "mfa-under-way-"));
    mkdirSync(join(cacheDir, "locks"), { mode: 0o700 });
    plant(cacheDir, getSessionCacheKeys(alice).lockName, { pid: 4_000_010, hostname: hostname() });
    plant(cacheDir, getSessionCacheKeys(bob).lockName, { pid: 1, hostname: "other-host" }, 10 * 60_000);
    plant(cacheDir, "/home/me/.aws/config", { pid: process.pid, hostname: hostname() });
    expect(await findSignInsUnderWay({ cacheDir })).toEqual([]);
    plant(cacheDir, getSessionCacheKeys(bob).lockName, { pid: 1, hostname: "other-host" });
    expect((await findSignInsUnderWay({ cacheDir })).map((holder) => holder.hostname)).toEqual(["other-host"]);
  });
});
