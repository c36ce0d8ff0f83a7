import { describe, expect, it } from "vitest";
import { createFastPathOutput } from "./createFastPathOutput.js";

const errno = (code: string) => Object.assign(new Error(code), { code });

describe(createFastPathOutput.name, () => {
  it("writes stdout to descriptor 1 and stderr to 2, and says all was written", () => {
    const written: Array<[number, string]> = [];
    const later: number[] = [];
    const output = createFastPathOutput({
      writeSync: (fd, buffer) => (written.push([fd, Buffer.from(buffer).toString()]), buffer.length),
      writeLater: (fd) => later.push(fd),
    });
    output.stdout('{"Version":1}');
    output.stderr("warning\n");
    expect(written).toEqual([[1, '{"Version":1}'], [2, "warning\n"]]);
    expect(later).toEqual([]);
    expect(output.allWritten()).toBe(true);
  });

  it("hands what a full non-blocking pipe refused to the stream of that descriptor, and then says not all was written", () => {
    const later: Array<[number, string]> = [];
    let calls = 0;
    const output = createFastPathOutput({
      writeSync: (_fd, buffer) => {
        calls += 1;
        if (calls === 1) return 4;
        throw errno("EAGAIN");
      },
      writeLater: (fd, rest) => later.push([fd, Buffer.from(rest).toString()]),
    });
    output.stderr("0123456789");
    expect(later).toEqual([[2, "456789"]]);
    expect(output.allWritten()).toBe(false);
    output.stdout("x");
    expect(later).toEqual([[2, "456789"], [1, "x"]]);
    expect(output.allWritten()).toBe(false);
  });

  it("counts a reader that is gone (EPIPE) as written: nothing is left to wait for", () => {
    const output = createFastPathOutput({ writeSync: () => { throw errno("EPIPE"); }, writeLater: () => { throw new Error("not called"); } });
    output.stdout("x");
    expect(output.allWritten()).toBe(true);
  });
});
