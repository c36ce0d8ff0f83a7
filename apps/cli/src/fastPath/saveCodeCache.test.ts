import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { getCodeCacheFiles } from "./codeCacheFiles.js";
import { saveCodeCache } from "./saveCodeCache.js";

let cacheDir: string;
beforeEach(() => {
  cacheDir = join(mkdtempSync(join(tmpdir(), "mfa-session-code-cache-")), "cache");
});

const userFile = (chunk: string, version = "v24.22.3") => getCodeCacheFiles(`/dist/chunks/${chunk}`, cacheDir, { version, arch: "x64" }).user;

describe(saveCodeCache.name, () => {
  it("writes the cache 0600 into a 0700 folder it creates", async () => {
    const file = userFile("cache-hit-aaaa.js");
    expect(await saveCodeCache(file, Buffer.from([1, 2, 3]))).toBe(true);
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(cacheDir, "code-cache")).mode & 0o777).toBe(0o700);
  });

  it("removes the caches of earlier chunks for the same Node and keeps other Nodes' caches", async () => {
    await saveCodeCache(userFile("cache-hit-old1.js"), Buffer.from("old"));
    await saveCodeCache(userFile("cache-hit-old1.js", "v22.23.5"), Buffer.from("other node"));
    await saveCodeCache(userFile("cache-hit-new2.js"), Buffer.from("new"));
    expect(readdirSync(join(cacheDir, "code-cache")).sort()).toEqual([
      "cache-hit-new2.js.node-v24.22.3-x64.cache",
      "cache-hit-old1.js.node-v22.23.5-x64.cache",
    ]);
  });

  it("refuses a code-cache folder other users can write, and reports false instead of throwing", async () => {
    mkdirSync(join(cacheDir, "code-cache"), { recursive: true });
    chmodSync(join(cacheDir, "code-cache"), 0o777);
    const file = userFile("cache-hit-aaaa.js");
    expect(await saveCodeCache(file, Buffer.from("x"))).toBe(false);
    expect(readdirSync(join(cacheDir, "code-cache"))).toEqual([]);
  });

  it("reports false when the folder cannot be made (a file in the way)", async () => {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, "code-cache"), "not a folder");
    expect(await saveCodeCache(userFile("cache-hit-aaaa.js"), Buffer.from("x"))).toBe(false);
  });
});
