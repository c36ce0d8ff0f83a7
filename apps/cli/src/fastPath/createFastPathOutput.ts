// Where the fast path (a cache hit, or another process's sign-in waited for) writes: straight to file
// descriptors 1 and 2 (writeStdoutSync), and whether all of it went out at once. Only then may bin.ts
// end the process at once (process.exit) instead of letting Node tear the heap down on its way out.
// One hit barely notices; 64 callers woken at once by a shared failure on 2 cores end ~200 ms sooner
// (docs/performance.md). What a full non-blocking pipe refused goes to Node's stream, which must drain.
import type { CacheHitOutput } from "./credentialProcessCacheHit.js";
import { writeStdoutSync, type WriteStdoutSyncDeps } from "./writeStdoutSync.js";

export interface FastPathOutput extends CacheHitOutput {
  /** True while everything written reached its descriptor (nothing was left to Node's streams). */
  allWritten(): boolean;
}

export interface FastPathOutputDeps {
  writeSync?: WriteStdoutSyncDeps["writeSync"];
  /** Takes what descriptor `fd` refused (EAGAIN); bin.ts: process.stdout or process.stderr's write. */
  writeLater: (fd: 1 | 2, rest: Uint8Array) => void;
}

export function createFastPathOutput(deps: FastPathOutputDeps): FastPathOutput {
  let deferred = false;
  const write = (fd: 1 | 2) => (text: string) =>
    writeStdoutSync(text, {
      fd,
      ...(deps.writeSync === undefined ? {} : { writeSync: deps.writeSync }),
      writeLater: (rest) => {
        deferred = true;
        deps.writeLater(fd, rest);
      },
    });
  return { stdout: write(1), stderr: write(2), allWritten: () => !deferred };
}
