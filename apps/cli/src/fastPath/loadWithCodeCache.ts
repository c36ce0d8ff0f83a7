// Loads a CommonJS file through V8's code cache. With a cache made after a real run (by the build,
// warmCodeCache.ts, or by the first hit under another Node, saveCodeCache.ts), V8 skips parsing and
// compiling every function the cache holds: about 4 ms of a credential_process cache hit, and Node 20
// has no compile cache of its own (Node 22's module.enableCompileCache does the same for modules). A
// cache V8 refuses (another Node version, other V8 flags, garbage) only costs that time back: the file
// compiles as usual, and `cacheRejected` tells the caller to save a fresh one.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

export interface LoadedScript<T> {
  exports: T;
  /** For createCachedData() once the code has run. */
  script: Script;
  /** undefined without cached data; true when V8 refused it. */
  cacheRejected: boolean | undefined;
}

type CommonJsWrapper = (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;

export function loadWithCodeCache<T>(file: string, cachedData?: Buffer): LoadedScript<T> {
  const script = new Script(wrapCommonJs(readFileSync(file, "utf8")), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as T };
  const run = script.runInThisContext() as CommonJsWrapper;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cacheRejected: cachedData === undefined ? undefined : script.cachedDataRejected === true };
}

/** The function Node wraps every CommonJS module in; the cache is only valid for this exact text. */
function wrapCommonJs(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
}
