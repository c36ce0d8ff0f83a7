// Loads a CommonJS file through V8's code cache. With `<file>.cache` (written at build time by
// warmCodeCache.ts after a real run), V8 skips parsing and compiling every function the cache holds:
// about 4 ms of a credential_process cache hit on Node 20, which has no compile cache of its own
// (Node 22's module.enableCompileCache does the same). A cache V8 refuses (another Node version,
// other V8 flags) only costs that time back: the file compiles as usual.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

export interface LoadedScript<T> {
  exports: T;
  /** For createCachedData() once the code has run. */
  script: Script;
  /** undefined without a cache file; true when V8 refused the one found. */
  cacheRejected: boolean | undefined;
}

type CommonJsWrapper = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

export function loadWithCodeCache<T>(file: string, cacheFile = codeCachePath(file)): LoadedScript<T> {
  const cachedData = readCodeCache(cacheFile);
  const script = new Script(wrapCommonJs(readFileSync(file, "utf8")), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as T };
  const run = script.runInThisContext() as CommonJsWrapper;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cacheRejected: cachedData === undefined ? undefined : script.cachedDataRejected === true };
}

export function codeCachePath(file: string): string {
  return `${file}.cache`;
}

/** The function Node wraps every CommonJS module in; the cache is only valid for this exact text. */
function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}

function readCodeCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined; // missing or unreadable: compile as usual
  }
}
