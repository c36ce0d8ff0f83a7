import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { openControllingTty, type TtyInput } from "./openControllingTty.js";

/** A fake file system and console: records what the handle opens, writes, closes and sets. */
function fakeTerminal(failOpen?: string) {
  const log: string[] = [];
  let nextFd = 10;
  const fs = {
    openSync: ((path: string, flags: string) => {
      if (path === failOpen) throw Object.assign(new Error(`EBADF: bad file descriptor, open '${path}'`), { code: "EBADF" });
      const fd = nextFd++;
      log.push(`open ${path} ${flags} -> ${fd}`);
      return fd;
    }) as never,
    writeSync: (fd: number, text: string) => void log.push(`write ${fd} ${JSON.stringify(text)}`),
    closeSync: (fd: number) => void log.push(`close ${fd}`),
  };
  const input = new EventEmitter() as EventEmitter & TtyInput;
  let inputFd: number | undefined;
  Object.assign(input, {
    setRawMode: (raw: boolean) => void log.push(`raw ${raw}`),
    setEncoding: () => undefined,
    destroy: () => void log.push(`destroy input ${inputFd}`),
  });
  const exitEvents = new EventEmitter();
  const createInput = (fd: number) => { inputFd = fd; log.push(`tty.ReadStream ${fd}`); return input; };
  return { log, options: { fs, createInput, exitEvents }, input, exitEvents };
}

describe(openControllingTty.name, () => {
  it("on Windows reads CONIN$ (opened read-write, as raw mode needs) and writes CONOUT$, never stdin or stdout", () => {
    const terminal = fakeTerminal();
    const tty = openControllingTty({ platform: "win32", ...terminal.options });
    tty.write("MFA code: ");
    expect(terminal.log).toEqual([
      "open \\\\.\\CONIN$ r+ -> 10",
      "open \\\\.\\CONOUT$ r+ -> 11",
      "tty.ReadStream 10",
      'write 11 "MFA code: "',
    ]);
  });

  it("on Linux reads and writes /dev/tty", () => {
    const terminal = fakeTerminal();
    openControllingTty({ platform: "linux", ...terminal.options });
    expect(terminal.log.slice(0, 2)).toEqual(["open /dev/tty r -> 10", "open /dev/tty w -> 11"]);
  });

  it("reads in raw mode and leaves it on close, closing both handles", () => {
    const terminal = fakeTerminal();
    const tty = openControllingTty({ platform: "win32", ...terminal.options });
    const chunks: string[] = [];
    tty.read((chunk) => chunks.push(chunk));
    terminal.input.emit("data", "12");
    tty.close();
    tty.close();
    expect(chunks).toEqual(["12"]);
    expect(terminal.log.slice(3)).toEqual(["raw true", "raw false", "destroy input 10", "close 11"]);
  });

  it("leaves raw mode when the process exits in the middle of a prompt", () => {
    const terminal = fakeTerminal();
    const tty = openControllingTty({ platform: "win32", ...terminal.options });
    tty.read(() => undefined);
    terminal.exitEvents.emit("exit", 1);
    expect(terminal.log.slice(3)).toEqual(["raw true", "raw false"]);
    tty.close();
    expect(terminal.exitEvents.listenerCount("exit")).toBe(0);
    expect(terminal.log.filter((line) => line.startsWith("raw"))).toEqual(["raw true", "raw false"]);
  });

  it("hands a failed read to the caller instead of throwing it as an uncaught error", () => {
    const terminal = fakeTerminal();
    const tty = openControllingTty({ platform: "win32", ...terminal.options });
    const errors: Error[] = [];
    tty.read(() => undefined, (error) => errors.push(error));
    terminal.input.emit("error", new Error("EOF"));
    expect(errors.map((error) => error.message)).toEqual(["EOF"]);
  });

  it("throws the open's error when the process has no console, and leaves nothing open", () => {
    const noInput = fakeTerminal("\\\\.\\CONIN$");
    expect(() => openControllingTty({ platform: "win32", ...noInput.options })).toThrow(/EBADF/);
    expect(noInput.log).toEqual([]);
    const noOutput = fakeTerminal("\\\\.\\CONOUT$");
    expect(() => openControllingTty({ platform: "win32", ...noOutput.options })).toThrow(/EBADF/);
    expect(noOutput.log).toEqual(["open \\\\.\\CONIN$ r+ -> 10", "close 10"]);
  });
});
