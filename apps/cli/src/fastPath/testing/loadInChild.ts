// Runs loadWithCodeCache in a fresh node process and reports what it saw. A fresh process matters:
// within one, V8's in-memory compilation cache answers a second load of the same source and the code
// cache is never consulted.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { transformSync } from "esbuild";

export interface ChildLoad {
  /** Names of the loaded module's exports. */
  keys: string[];
  /** The exports as JSON (functions dropped). */
  json: Record<string, unknown>;
  /** null without a cache file. */
  cacheRejected: boolean | null;
}

export interface ChildLoadOptions {
  /** The code cache to hand V8 (default: `<file>.cache`, when it exists). */
  cacheFile?: string;
  /** Write the code cache to `<file>.cache` after the load, as warmCodeCache does after its run. */
  save?: boolean;
}

export function sampleCachePath(file: string): string {
  return `${file}.cache`;
}

let loaderFile: string | undefined;

/** loadWithCodeCache.ts compiled to CommonJS once, for child processes to require. */
function getLoader(): string {
  if (loaderFile === undefined) {
    const source = readFileSync(new URL("../loadWithCodeCache.ts", import.meta.url), "utf8");
    loaderFile = join(mkdtempSync(join(tmpdir(), "code-cache-loader-")), "loadWithCodeCache.cjs");
    writeFileSync(loaderFile, transformSync(source, { loader: "ts", format: "cjs", platform: "node" }).code);
  }
  return loaderFile;
}

const CHILD = `
  const [loader, file, cacheFile, save] = process.argv.slice(1);
  const fs = require("node:fs");
  const { loadWithCodeCache } = require(loader);
  const loaded = loadWithCodeCache(file, fs.existsSync(cacheFile) ? fs.readFileSync(cacheFile) : undefined);
  if (save === "save") fs.writeFileSync(file + ".cache", loaded.script.createCachedData());
  const exports = loaded.exports;
  process.stdout.write(JSON.stringify({ keys: Object.keys(exports), json: exports, cacheRejected: loaded.cacheRejected ?? null }));
`;

export function loadInChild(file: string, options: ChildLoadOptions = {}): ChildLoad {
  // No NODE_OPTIONS: V8 refuses a cache made under other flags, as it would for a user who sets them.
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const args = ["-e", CHILD, getLoader(), file, options.cacheFile ?? sampleCachePath(file), options.save ? "save" : ""];
  const child = spawnSync(process.execPath, args, { encoding: "utf8", env });
  if (child.status !== 0) throw new Error(`node exited ${child.status}: ${child.stderr}`);
  return JSON.parse(child.stdout) as ChildLoad;
}
