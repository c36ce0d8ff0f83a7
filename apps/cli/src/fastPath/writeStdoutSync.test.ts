import { closeSync, openSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeStdoutSync } from "./writeStdoutSync.js";

const errno = (code: string) => Object.assign(new Error(code), { code });

describe(writeStdoutSync.name, () => {
  it("writes the whole text, non-ASCII included, to the descriptor", async () => {
    const path = join(await mkdtemp(join(tmpdir(), "stdout-")), "out");
    const fd = openSync(path, "w");
    try {
      writeStdoutSync('{"a":"é"}\n', { fd });
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(path, "utf8")).toBe('{"a":"é"}\n');
  });

  it("keeps writing after a short write", () => {
    const chunks: string[] = [];
    const writeSync = (_fd: number, buffer: Uint8Array) => {
      const n = Math.min(3, buffer.length);
      chunks.push(Buffer.from(buffer.subarray(0, n)).toString());
      return n;
    };
    writeStdoutSync("0123456789", { writeSync });
    expect(chunks.join("")).toBe("0123456789");
  });

  it("hands what a full pipe refused to the stream, once", () => {
    let calls = 0;
    const writeSync = (_fd: number, buffer: Uint8Array) => {
      if (++calls === 1) return 4;
      throw errno("EAGAIN");
    };
    const later: string[] = [];
    writeStdoutSync("0123456789", { writeSync, writeLater: (rest) => later.push(Buffer.from(rest).toString()) });
    expect(later).toEqual(["456789"]);
  });

  it("stops quietly when the reader is gone, and throws anything else", () => {
    expect(() => writeStdoutSync("x", { writeSync: () => { throw errno("EPIPE"); } })).not.toThrow();
    expect(() => writeStdoutSync("x", { writeSync: () => { throw errno("EBADF"); } })).toThrow("EBADF");
  });
});
