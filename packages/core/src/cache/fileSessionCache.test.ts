import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Logger } from "../ports/ports.js";
import { failFileWrites } from "../testing/failFileWrites.js";
import type { SessionCacheMeta } from "./SessionCache.js";
import { createSessionCache } from "./fileSessionCache.js";
import { getCacheDir } from "./getCacheDir.js";

const key = "b".repeat(64);
const otherKey = "c".repeat(64);
const meta: SessionCacheMeta = { kind: "mfa-session", profile: "work", sourceProfile: "base", mfaSerial: "arn:aws:iam::123456789012:mfa/me" };
const credentials = {
  accessKeyId: "ASIAEXAMPLE",
  secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  sessionToken: "FwoGZXIvYXdzEXAMPLE",
  expiration: new Date("2026-01-15T10:00:00.000Z"),
};
const clock = { now: () => Date.parse("2026-01-15T09:00:00.000Z") };

let dir: string;
let restoreFs: (() => void) | undefined;
afterEach(() => {
  restoreFs?.();
  restoreFs = undefined;
});
let warnings: string[];
let logger: Logger;
beforeEach(() => {
  dir = join(getCacheDir(), String(Math.random()).slice(2));
  warnings = [];
  logger = { debug() {}, info() {}, warn: (message) => void warnings.push(message) };
});

describe(createSessionCache.name, () => {
  it("reads back an entry written as a 0600 file in a 0700 folder", async () => {
    const cache = createSessionCache({ dir, clock });
    await cache.write(key, meta, credentials);
    expect(await cache.read(key)).toEqual({ key, meta, credentials, createdAt: new Date(clock.now()) });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, `${key}.json`)).mode & 0o777).toBe(0o600);
  });

  it("misses without creating anything when the folder does not exist", async () => {
    const cache = createSessionCache({ dir, clock });
    expect(await cache.read(key)).toBeUndefined();
    expect(await cache.list()).toEqual([]);
    expect(existsSync(dir)).toBe(false);
  });

  it("lists only valid entries and deletes by key", async () => {
    const cache = createSessionCache({ dir, clock, logger });
    await cache.write(key, meta, credentials);
    await cache.write(otherKey, { ...meta, profile: "other" }, credentials);
    writeFileSync(join(dir, `${"d".repeat(64)}.json`), "{", { mode: 0o600 });
    writeFileSync(join(dir, "notes.txt"), "not a cache entry", { mode: 0o600 });
    expect((await cache.list()).map((entry) => entry.meta.profile)).toEqual(["work", "other"]);
    await cache.delete(key);
    expect((await cache.list()).map((entry) => entry.key)).toEqual([otherKey]);
    expect(readdirSync(dir).sort()).toEqual([`${otherKey}.json`, "notes.txt"]);
  });

  it("cleans up temp files abandoned by killed writers, and only old ones", async () => {
    const cache = createSessionCache({ dir, clock: { now: () => Date.now() } });
    await cache.write(key, meta, credentials);
    const abandoned = join(dir, `.${key}.json.0a1b2c.tmp`);
    const fresh = join(dir, `.${key}.json.3d4e5f.tmp`);
    writeFileSync(abandoned, "partial", { mode: 0o600 });
    writeFileSync(fresh, "partial", { mode: 0o600 });
    const old = (Date.now() - 3_600_000) / 1000;
    utimesSync(abandoned, old, old);
    expect(await cache.list()).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual([`.${key}.json.3d4e5f.tmp`, `${key}.json`]);
  });

  it("refuses keys that are not a SHA-256 in hex", async () => {
    const cache = createSessionCache({ dir, clock });
    await expect(cache.read("../../etc/passwd")).rejects.toThrow(/64 lowercase hex/);
    await expect(cache.write("B".repeat(64), meta, credentials)).rejects.toThrow(/64 lowercase hex/);
  });

  it("ignores and removes a symlinked entry without touching its target", async () => {
    const cache = createSessionCache({ dir, clock, logger });
    await cache.write(otherKey, meta, credentials);
    const target = join(dir, "..", "precious.json");
    writeFileSync(target, readFileSync(join(dir, `${otherKey}.json`), "utf8").replaceAll(otherKey, key), { mode: 0o600 });
    symlinkSync(target, join(dir, `${key}.json`));
    expect(await cache.read(key)).toBeUndefined();
    expect(existsSync(join(dir, `${key}.json`))).toBe(false);
    expect(readFileSync(target, "utf8")).toContain(key);
    expect(warnings.join("\n")).toMatch(/symbolic link/);
  });

  it("ignores and removes an entry other users can read", async () => {
    const cache = createSessionCache({ dir, clock, logger });
    await cache.write(key, meta, credentials);
    chmodSync(join(dir, `${key}.json`), 0o644);
    expect(await cache.read(key)).toBeUndefined();
    expect(existsSync(join(dir, `${key}.json`))).toBe(false);
  });

  it("ignores and removes a truncated entry, and logs no secret", async () => {
    const cache = createSessionCache({ dir, clock, logger });
    await cache.write(key, meta, credentials);
    truncateSync(join(dir, `${key}.json`), 100);
    expect(await cache.read(key)).toBeUndefined();
    expect(existsSync(join(dir, `${key}.json`))).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings.join("\n")).not.toMatch(/wJalr|FwoG|ASIA/);
  });

  it("ignores another tool's JSON under a cache name", async () => {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, `${key}.json`), JSON.stringify({ Version: 1, AccessKeyId: "AKIA", SecretAccessKey: "x" }), { mode: 0o600 });
    expect(await createSessionCache({ dir, clock }).read(key)).toBeUndefined();
  });

  it("refuses a group-writable cache folder with the command that fixes it", async () => {
    const cache = createSessionCache({ dir, clock });
    await cache.write(key, meta, credentials);
    chmodSync(dir, 0o770);
    await expect(cache.read(key)).rejects.toMatchObject({ code: "CACHE_UNSAFE" });
    await expect(cache.write(key, meta, credentials)).rejects.toThrow(`chmod 700 '${dir}'`);
    expect(lstatSync(join(dir, `${key}.json`)).isFile()).toBe(true);
  });

  it("refuses a cache folder that is a symlink", async () => {
    const real = `${dir}-real`;
    mkdirSync(real, { recursive: true, mode: 0o700 });
    symlinkSync(real, dir);
    const cache = createSessionCache({ dir, clock });
    await expect(cache.write(key, meta, credentials)).rejects.toThrow(/symbolic link/);
    await expect(cache.read(key)).rejects.toMatchObject({ code: "CACHE_UNSAFE" });
    expect(readdirSync(real)).toEqual([]);
  });
  it("says it could not write the session cache when the disk is full, and leaves no temp file", async () => {
    const cache = createSessionCache({ dir, clock });
    await cache.write(otherKey, meta, credentials);
    restoreFs = failFileWrites((path) => path.startsWith(dir)).restore;
    const error = await cache.write(key, meta, credentials).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FILE_SYSTEM" });
    expect((error as Error).message).toContain(`Could not save the session in the cache (${join(dir, `${key}.json`)}): the disk is full (ENOSPC): free some space`);
    expect(readdirSync(dir)).toEqual([`${otherKey}.json`]);
  });

  it("says a folder is where a session cache entry belongs, on write and on read", async () => {
    const cache = createSessionCache({ dir, clock });
    const path = join(dir, `${key}.json`);
    mkdirSync(path, { recursive: true });
    const writing = await cache.write(key, meta, credentials).catch((e: unknown) => e);
    expect(writing).toMatchObject({ code: "FILE_SYSTEM" });
    expect((writing as Error).message).toContain(`Could not save the session in the cache (${path}): a folder is where a file belongs (EISDIR): move the folder away.`);
    const reading = await cache.read(key).catch((e: unknown) => e);
    expect(reading).toMatchObject({ code: "FILE_SYSTEM" });
    expect((reading as Error).message).toContain(`(${path}): a folder is where a file belongs (EISDIR)`);
  });
  it("records a logout in a private file of its own that read and list never take for a session", async () => {
    const cache = createSessionCache({ dir, clock });
    expect(await cache.readSignOuts()).toEqual({ keys: {}, profiles: {} });
    await cache.write(key, meta, credentials);
    await cache.recordSignOut({ keys: [key], profiles: ["work"] });
    expect(await cache.readSignOuts()).toEqual({ keys: { [key]: clock.now() }, profiles: { work: clock.now() } });
    expect(statSync(join(dir, "signed-out.json")).mode & 0o777).toBe(0o600);
    expect((await cache.list()).map((entry) => entry.key)).toEqual([key]);
    expect(readdirSync(dir).sort()).toEqual([`${key}.json`, "signed-out.json"]);
  });
});
