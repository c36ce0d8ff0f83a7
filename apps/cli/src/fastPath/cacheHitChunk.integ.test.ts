// The built cache-hit chunk (dist/chunks/cache-hit-<hash>.js): its code cache is one the building node
// accepts, a hit under any other Node saves one for itself in the cache folder and uses it from the
// second hit on, and the chunk loads only the built-ins a hit needs (node:crypto alone costs a hit
// ~3 ms; the SDK far more).
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getCodeCacheFiles } from "./codeCacheFiles.js";
import { loadInChild } from "./testing/loadInChild.js";
import { prepareWarmUpHit, type WarmUpHit } from "./warmUpHit.js";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

function getChunk(distDir = dist, stem: "cache-hit" | "sign-in-wait" = "cache-hit"): string {
  const entry = readFileSync(join(distDir, "mfa-session.js"), "utf8");
  const name = new RegExp(`chunks/${stem}-[0-9a-f]{16}\\.js`).exec(entry)?.[0];
  expect(name, `dist/mfa-session.js names its ${stem} chunk`).toBeDefined();
  return join(distDir, name!);
}

/** A copy of dist/ with no code cache beside the chunk: as if another Node had built the CLI. */
function copyDistWithoutBuiltCaches(): string {
  const copy = join(mkdtempSync(join(tmpdir(), "mfa-session-dist-")), "dist");
  cpSync(dist, copy, { recursive: true, filter: (path) => !path.endsWith(".cache") && !path.endsWith(".map") });
  return copy;
}

function hit(distDir: string, warmUp: WarmUpHit): string {
  const { NODE_OPTIONS: _ignored, ...env } = process.env; // V8 refuses caches made under other flags
  const child = spawnSync(process.execPath, [join(distDir, "mfa-session.js"), "credential-process", ...warmUp.argv], {
    encoding: "utf8",
    env: { ...env, ...warmUp.env },
  });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(0);
  return child.stdout;
}

describe("the built cache-hit chunk", () => {
  it("has a code cache beside it for the Node that built it, which that Node accepts", () => {
    const chunk = getChunk();
    const built = readdirSync(join(dist, "chunks")).filter((name) => name.startsWith(`${basename(chunk)}.node-`));
    expect(built.length, "a code cache beside the chunk").toBeGreaterThan(0);
    const mine = getCodeCacheFiles(chunk, "", process).built;
    // Under another Node (a lane of scripts/test.mjs running a Node-20 build) the next test covers it.
    if (existsSync(mine)) {
      expect(loadInChild(chunk, { cacheFile: mine })).toEqual({ keys: ["answerFromCache", "createFastPathOutput"], json: {}, cacheRejected: false });
    }
  });

  it("under a Node with no cache beside the chunk, saves one in the cache folder at the first hit and uses it from the second", async () => {
    const distCopy = copyDistWithoutBuiltCaches();
    const warmUp = await prepareWarmUpHit(mkdtempSync(join(tmpdir(), "mfa-session-hit-")));
    const chunk = getChunk(distCopy);
    const saved = getCodeCacheFiles(chunk, warmUp.env.MFA_SESSION_CACHE_DIR, process).user;

    expect(hit(distCopy, warmUp)).toContain(warmUp.expected);
    expect(statSync(saved).mode & 0o777).toBe(0o600);
    expect(loadInChild(chunk, { cacheFile: saved }).cacheRejected).toBe(false);
    const first = statSync(saved);

    expect(hit(distCopy, warmUp)).toContain(warmUp.expected);
    const second = statSync(saved);
    // Not saved again: bin.ts saves only when it had no cache or V8 refused it.
    expect([second.ino, second.mtimeMs]).toEqual([first.ino, first.mtimeMs]);
    rmSync(join(distCopy, ".."), { recursive: true, force: true });
  });

  it("replaces a cache in the cache folder that V8 refuses (garbage, or made by another Node) at the next hit", async () => {
    const distCopy = copyDistWithoutBuiltCaches();
    const warmUp = await prepareWarmUpHit(mkdtempSync(join(tmpdir(), "mfa-session-hit-")));
    const saved = getCodeCacheFiles(getChunk(distCopy), warmUp.env.MFA_SESSION_CACHE_DIR, process).user;
    hit(distCopy, warmUp);
    writeFileSync(saved, "not a V8 code cache", { mode: 0o600 });

    expect(hit(distCopy, warmUp)).toContain(warmUp.expected);
    expect(readFileSync(saved).toString("latin1")).not.toBe("not a V8 code cache");
    expect(loadInChild(getChunk(distCopy), { cacheFile: saved }).cacheRejected).toBe(false);
    rmSync(join(distCopy, ".."), { recursive: true, force: true });
  });

  // Also the sign-in-wait chunk: in a burst every caller but one loads it, and node:crypto and
  // node:child_process cost ~12 and ~10 ms of CPU each to load here (64 callers on 2 cores: ~0.7 s);
  // it may name node:module (~0.5 ms), core's way to load those two where they are used.
  it.each([
    ["cache-hit", ["node:fs", "node:os", "node:path"]],
    ["sign-in-wait", ["node:fs", "node:module", "node:os", "node:path"]],
  ] as const)("%s: requires only %j when it loads", (stem, expected) => {
    const required = new Set([...readFileSync(getChunk(dist, stem), "utf8").matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]));
    expect([...required].sort()).toEqual(expected);
  });
});
