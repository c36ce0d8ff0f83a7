// The cache hit's output, written straight to file descriptor 1 (the JSON; a warning goes to 2 the same
// way, through `fd`). Touching process.stdout makes
// Node build a stream (net.Socket for a pipe, loading net and stream), a few milliseconds the hit
// path cannot afford when Node's whole start-up is ~30 ms.
import { writeSync as fsWriteSync } from "node:fs";

export interface WriteStdoutSyncDeps {
  fd?: number;
  writeSync?: (fd: number, buffer: Uint8Array) => number;
  /** Takes what a full non-blocking pipe refused (EAGAIN): Node's stream queues it and writes it later. */
  writeLater?: (rest: Uint8Array) => void;
}

export function writeStdoutSync(text: string, deps: WriteStdoutSyncDeps = {}): void {
  const fd = deps.fd ?? 1;
  const writeSync = deps.writeSync ?? fsWriteSync;
  let rest: Uint8Array = Buffer.from(text, "utf8");
  while (rest.length > 0) {
    try {
      rest = rest.subarray(writeSync(fd, rest));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EPIPE") return; // the reader is gone: no one is left to tell
      if (code !== "EAGAIN") throw error;
      (deps.writeLater ?? ((bytes) => process.stdout.write(bytes)))(rest);
      return;
    }
  }
}
