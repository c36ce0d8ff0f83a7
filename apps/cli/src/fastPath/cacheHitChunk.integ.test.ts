// The built cache-hit chunk (dist/chunks/cache-hit-<hash>.js): its code cache is one this node accepts,
// and it loads only the built-ins a hit needs (node:crypto alone costs a hit ~3 ms; the SDK far more).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { codeCachePath } from "./loadWithCodeCache.js";
import { loadInChild } from "./testing/loadInChild.js";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

function getChunk(): string {
  const entry = readFileSync(`${dist}mfa-session.js`, "utf8");
  const name = /chunks\/cache-hit-[0-9a-f]{16}\.js/.exec(entry)?.[0];
  expect(name, "dist/mfa-session.js names its cache-hit chunk").toBeDefined();
  return `${dist}${name}`;
}

describe("the built cache-hit chunk", () => {
  it("has a code cache beside it that V8 accepts, and exports the hit path", () => {
    const chunk = getChunk();
    expect(existsSync(codeCachePath(chunk))).toBe(true);
    expect(loadInChild(chunk)).toEqual({ keys: ["answerFromCache", "writeStdoutSync"], json: {}, cacheRejected: false });
  });

  it("requires node:fs, node:os and node:path only", () => {
    const required = new Set([...readFileSync(getChunk(), "utf8").matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]));
    expect([...required].sort()).toEqual(["node:fs", "node:os", "node:path"]);
  });
});
