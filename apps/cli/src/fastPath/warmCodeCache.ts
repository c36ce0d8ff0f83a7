// Build-time only: build.mjs runs this (in a node with no extra flags, which V8's cache check covers),
// then deletes it. It runs the cache-hit chunk once, as a real hit, on a made-up profile and cache
// entry in a temp folder, so V8 has compiled every function a hit runs; then it saves V8's code cache
// beside the chunk, named for the Node that built it (codeCacheFiles.ts). A run that is not a hit
// fails the build, rather than ship a cache of nothing.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { devNull, tmpdir } from "node:os";
import { join } from "node:path";
import type * as CacheHitModule from "./cacheHitModule.js";
import { getCodeCacheFiles } from "./codeCacheFiles.js";
import { loadWithCodeCache } from "./loadWithCodeCache.js";
import { prepareWarmUpHit } from "./warmUpHit.js";

export async function warmCodeCache(chunk: string): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), "mfa-session-warm-up-"));
  try {
    const { env, argv, expected } = await prepareWarmUpHit(home);
    const loaded = loadWithCodeCache<typeof CacheHitModule>(chunk);
    let output = "";
    const nowhere = openSync(devNull, "w");
    // The hit's own output path, compiled too like every step of a hit, writing to nowhere.
    const fastPathOutput = loaded.exports.createFastPathOutput({
      writeSync: (_fd, buffer) => {
        output += Buffer.from(buffer).toString("utf8");
        return writeSync(nowhere, buffer);
      },
      writeLater: () => {},
    });
    const hit = await loaded.exports.answerFromCache(argv, env, fastPathOutput).finally(() => closeSync(nowhere));
    if (!hit || !fastPathOutput.allWritten() || !output.includes(expected)) {
      throw new Error(`The warm-up run of ${chunk} was not a cache hit, so no code cache was written.`);
    }
    writeFileSync(getCodeCacheFiles(chunk, env.MFA_SESSION_CACHE_DIR, process).built, loaded.script.createCachedData());
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

const chunk = process.argv[2];
if (chunk !== undefined) await warmCodeCache(chunk);
