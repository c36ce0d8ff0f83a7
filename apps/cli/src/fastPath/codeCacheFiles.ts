// Where the V8 code cache of the cache-hit chunk may be. V8 accepts a cache only from the same Node
// version (and V8 flags) that made it, so each file is named for one Node: the build writes one beside
// the chunk for the Node that built it, and the first hit under any other Node writes one for itself
// into the user's cache folder (saveCodeCache.ts), which serves every hit after that.
import { basename, join } from "node:path";

export interface CodeCacheFiles {
  /** Written by the build, read-only at run time (a global install may belong to root). */
  built: string;
  /** Written by the first hit under this Node, in the user's private cache folder. */
  user: string;
}

export interface CodeCacheRuntime {
  /** `process.version`, e.g. v22.23.5. */
  version: string;
  /** `process.arch`: a cache made on another architecture is refused like one of another version. */
  arch: string;
}

export const CODE_CACHE_FOLDER = "code-cache";

export function getCodeCacheFiles(chunk: string, cacheDir: string, runtime: CodeCacheRuntime): CodeCacheFiles {
  const suffix = `.node-${runtime.version}-${runtime.arch}.cache`;
  return { built: `${chunk}${suffix}`, user: join(cacheDir, CODE_CACHE_FOLDER, `${basename(chunk)}${suffix}`) };
}
