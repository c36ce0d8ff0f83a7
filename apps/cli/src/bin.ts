// The executable's entry, built as a small CommonJS file on purpose: credential_process runs before
// every AWS call, and a CommonJS entry starts without Node's ESM loader. A credential_process call
// first tries the cache-hit chunk (config and cache reading only), loaded through V8's code cache for
// the running Node; on a miss while another process signs in for the same device, that chunk waits for
// its outcome. Everything else loads the full CLI (an ESM bundle beside this file, each command and the
// AWS SDK in chunks of their own).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getCacheDir, readPrivateBytesSync } from "@mfa-session/core/cached";
import type * as CacheHitModule from "./fastPath/cacheHitModule.js";
import type { CacheHitOutput } from "./fastPath/credentialProcessCacheHit.js";
import type * as SignInWaitModule from "./fastPath/signInWaitModule.js";
import { getCodeCacheFiles, type CodeCacheFiles } from "./fastPath/codeCacheFiles.js";
import { loadWithCodeCache, type LoadedScript } from "./fastPath/loadWithCodeCache.js";
import type * as SaveCodeCacheModule from "./fastPath/saveCodeCache.js";
import { getHomedir } from "./getHomedir.js";
import type { CliIo } from "./io.js";
import type { main as Main } from "./main.js";

/** Set by build.mjs: the cache-hit chunk's content-addressed path under dist/ (its code cache beside it). */
declare const __CACHE_HIT_CHUNK__: string;
/** Set by build.mjs: the sign-in-wait chunk's content-addressed path under dist/, loaded after a miss. */
declare const __SIGN_IN_WAIT_CHUNK__: string;
/** Built from src/main.ts next to this file (see build.mjs). */
const FULL_CLI = "./cli.mjs";
/** Built from src/fastPath/saveCodeCache.ts; loaded only to save a code cache for a new Node. */
const SAVE_CODE_CACHE = "./save-code-cache.mjs";

const argv = process.argv.slice(2);
// Getters: Node builds process.stdout and process.stderr on first use, which a cache hit never makes.
const io: CliIo = {
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  env: process.env,
  cwd: process.cwd(),
};

void run();

async function run(): Promise<void> {
  if (argv[0] === "credential-process") {
    const answered = await answerFromCache(argv.slice(1));
    if (answered !== undefined) {
      // Everything written reached its descriptor: end now, without the heap teardown of a natural
      // exit (createFastPathOutput.ts). Otherwise Node's streams still hold output and must drain.
      if (answered.allWritten) process.exit(answered.exitCode);
      process.exitCode = answered.exitCode;
      return;
    }
  }
  const { main } = (await import(FULL_CLI)) as { main: typeof Main };
  process.exitCode = await main(argv, io);
}

/** How the chunk answered (a hit, or another's sign-in); undefined: the full CLI answers. */
async function answerFromCache(args: string[]): Promise<{ exitCode: number; allWritten: boolean } | undefined> {
  let loaded: LoadedScript<typeof CacheHitModule>;
  let caches: CodeCacheFiles;
  let cachedData: Buffer | undefined;
  try {
    const chunk = join(__dirname, __CACHE_HIT_CHUNK__);
    caches = getCodeCacheFiles(chunk, getCacheDir({ env: io.env, homedir: getHomedir(io) }), process);
    cachedData = readCodeCache(caches);
    loaded = loadWithCodeCache<typeof CacheHitModule>(chunk, cachedData);
  } catch {
    return undefined; // a damaged install or an unsafe cache folder: the full CLI answers, or says what is wrong
  }
  const output = loaded.exports.createFastPathOutput({ writeLater: (fd, rest) => (fd === 1 ? process.stdout : process.stderr).write(rest) });
  const hit = await loaded.exports.answerFromCache(args, io.env, output);
  if (!hit) {
    const exitCode = await answerAfterSignInUnderWay(args, output);
    return exitCode === undefined ? undefined : { exitCode, allWritten: output.allWritten() };
  }
  // Only after a real hit has run is the cache worth keeping: it then holds every function a hit needs.
  if (cachedData === undefined || loaded.cacheRejected) {
    const { saveCodeCache } = (await import(SAVE_CODE_CACHE)) as typeof SaveCodeCacheModule;
    await saveCodeCache(caches.user, loaded.script.createCachedData());
  }
  return { exitCode: 0, allWritten: output.allWritten() };
}

/** After a miss: another process's sign-in for the same device, waited for without the full CLI. */
async function answerAfterSignInUnderWay(args: string[], output: CacheHitOutput): Promise<number | undefined> {
  let chunk: typeof SignInWaitModule;
  try {
    chunk = require(join(__dirname, __SIGN_IN_WAIT_CHUNK__)) as typeof SignInWaitModule;
  } catch {
    return undefined; // a damaged install: the full CLI answers
  }
  // performance.timeOrigin: this process's start, so a failure shared by the holder is one this caller waited for.
  return chunk.answerAfterSignInUnderWay(args, io.env, output, performance.timeOrigin);
}

/**
 * The user's cache for this Node first: it exists only where the build's was missing or refused (the
 * CLI was built by another Node, or V8 flags differ), and trying the build's first would refuse it
 * again and save again at every hit.
 */
function readCodeCache(caches: CodeCacheFiles): Buffer | undefined {
  const user = readPrivateBytesSync(caches.user);
  if (user.status === "ok") return user.bytes;
  try {
    return readFileSync(caches.built);
  } catch {
    return undefined; // none for this Node: compile as usual, and save one after the hit
  }
}
