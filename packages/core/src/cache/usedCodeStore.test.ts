import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { failFileWrites } from "../testing/failFileWrites.js";
import { getCacheDir } from "./getCacheDir.js";
import { createUsedCodeStore, USED_CODE_WINDOW_MS } from "./usedCodeStore.js";

const serial = "arn:aws:iam::123456789012:mfa/me";
let dir: string;
let now: number;
let restoreFs: (() => void) | undefined;
afterEach(() => {
  restoreFs?.();
  restoreFs = undefined;
});
const clock = { now: () => now };
beforeEach(() => {
  dir = join(getCacheDir(), "used", String(Math.random()).slice(2));
  now = Date.parse("2026-01-15T09:00:00Z");
});

describe(createUsedCodeStore.name, () => {
  it("says a code was used while AWS would still refuse it, and not after", async () => {
    const store = createUsedCodeStore({ dir, clock });
    expect(await store.wasUsed(serial, "123456")).toBe(false);
    await store.remember(serial, "123456");
    expect(await store.wasUsed(serial, "123456")).toBe(true);
    now += USED_CODE_WINDOW_MS - 1;
    expect(await store.wasUsed(serial, "123456")).toBe(true);
    now += 1;
    expect(await store.wasUsed(serial, "123456")).toBe(false);
  });

  it("keeps devices and codes apart", async () => {
    const store = createUsedCodeStore({ dir, clock });
    await store.remember(serial, "123456");
    await store.remember(serial, "654321");
    expect(await store.wasUsed(serial, "123456")).toBe(true);
    expect(await store.wasUsed(serial, "654321")).toBe(true);
    expect(await store.wasUsed(serial, "111111")).toBe(false);
    expect(await store.wasUsed("arn:aws:iam::123456789012:mfa/other", "123456")).toBe(false);
  });

  it("stores a salted hash in a private file, never the code or the serial", async () => {
    const store = createUsedCodeStore({ dir, clock });
    await store.remember(serial, "123456");
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^[a-f0-9]{64}\.json$/);
    const text = readFileSync(join(dir, file ?? ""), "utf8");
    expect(text).not.toContain("123456");
    expect(text).not.toContain("mfa/me");
    expect(statSync(join(dir, file ?? "")).mode & 0o777).toBe(0o600);
  });

  it("treats a corrupt file as no memory and replaces it", async () => {
    const store = createUsedCodeStore({ dir, clock });
    await store.remember(serial, "123456");
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file ?? ""), "{\"format\":", { mode: 0o600 });
    expect(await store.wasUsed(serial, "123456")).toBe(false);
    await store.remember(serial, "222222");
    expect(await store.wasUsed(serial, "222222")).toBe(true);
  });
  it("says it could not record the used code when the disk is full", async () => {
    const store = createUsedCodeStore({ dir, clock });
    await store.remember(serial, "123456");
    restoreFs = failFileWrites((path) => path.startsWith(dir)).restore;
    const error = await store.remember(serial, "234567").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "FILE_SYSTEM" });
    expect((error as Error).message).toMatch(/^Could not record the used MFA code \(.+\.json\): the disk is full \(ENOSPC\)/);
    expect((error as Error).message).not.toContain("234567");
    expect(readdirSync(dir)).toHaveLength(1);
  });
});
