import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadWithCodeCache } from "./loadWithCodeCache.js";
import { loadInChild, sampleCachePath } from "./testing/loadInChild.js";

const SAMPLE = 'module.exports = { sum: [2, 3].reduce((a, b) => a + b), dir: __dirname, sep: require("node:path").sep };\n';
const OTHER = "module.exports = { sum: [2, 3].reduce((a, b) => a * b + 1000), dir: __dirname, sep: 'other' };\n";

function writeModule(name: string, source: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "code-cache-")), name);
  writeFileSync(file, source);
  return file;
}

describe(loadWithCodeCache.name, () => {
  it("runs a CommonJS file with its own require, __dirname and module.exports when there is no cache", () => {
    const file = writeModule("sample.js", SAMPLE);
    expect(loadInChild(file)).toMatchObject({ json: { sum: 5, dir: join(file, ".."), sep: "/" }, cacheRejected: null });
  });

  it("uses the cache saved after a run, in a later process", () => {
    const file = writeModule("sample.js", SAMPLE);
    loadInChild(file, { save: true });
    expect(loadInChild(file)).toMatchObject({ json: { sum: 5 }, cacheRejected: false });
  });

  it("compiles as usual when the cache is garbage or was made from other source", () => {
    const file = writeModule("sample.js", SAMPLE);
    writeFileSync(sampleCachePath(file), Buffer.from("not a V8 code cache"));
    expect(loadInChild(file)).toMatchObject({ json: { sum: 5 }, cacheRejected: true });

    const other = writeModule("other.js", OTHER);
    loadInChild(other, { save: true });
    expect(loadInChild(file, { cacheFile: sampleCachePath(other) })).toMatchObject({ json: { sum: 5, sep: "/" }, cacheRejected: true });
  });

  it("loads in this process too (the same function bin.ts calls)", () => {
    const file = writeModule("sample.js", SAMPLE);
    expect(loadWithCodeCache<{ sum: number }>(file).exports.sum).toBe(5);
  });
});
