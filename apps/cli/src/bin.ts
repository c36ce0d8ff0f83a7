// The executable's entry, built as a small CommonJS file on purpose: credential_process runs before
// every AWS call, and a CommonJS entry starts without Node's ESM loader. A credential_process call
// first tries the cache-hit chunk (config and cache reading only), loaded through V8's code cache;
// everything else loads the full CLI (an ESM bundle beside this file, each command and the AWS SDK in
// chunks of their own).
import { join } from "node:path";
import type * as CacheHitModule from "./fastPath/cacheHitModule.js";
import { loadWithCodeCache } from "./fastPath/loadWithCodeCache.js";
import type { CliIo } from "./io.js";
import type { main as Main } from "./main.js";

/** Set by build.mjs: the cache-hit chunk's content-addressed path under dist/ (its code cache beside it). */
declare const __CACHE_HIT_CHUNK__: string;
/** Built from src/main.ts next to this file (see build.mjs). */
const FULL_CLI = "./cli.mjs";

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
  if (argv[0] === "credential-process" && (await answerFromCache(argv.slice(1)))) return;
  const { main } = (await import(FULL_CLI)) as { main: typeof Main };
  process.exitCode = await main(argv, io);
}

async function answerFromCache(args: string[]): Promise<boolean> {
  let hitPath: typeof CacheHitModule;
  try {
    hitPath = loadWithCodeCache<typeof CacheHitModule>(join(__dirname, __CACHE_HIT_CHUNK__)).exports;
  } catch {
    return false; // a damaged install: the full CLI still answers
  }
  return hitPath.answerFromCache(args, io.env, hitPath.writeStdoutSync);
}
