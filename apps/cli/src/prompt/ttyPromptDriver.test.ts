import { EventEmitter } from "node:events";
import { PromptUnavailableError, UserCancelledError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { createTtyPromptDriver, type TtyHandle } from "./ttyPromptDriver.js";

function fakeTty(keys: string[]) {
  const written: string[] = [];
  let closed = false;
  const handle: TtyHandle = {
    write: (text) => void written.push(text),
    read: (onData) => { for (const chunk of keys) queueMicrotask(() => onData(chunk)); },
    close: () => { closed = true; },
  };
  return { handle, written, isClosed: () => closed };
}

const request = { profile: "dev", mfaSerial: "arn:aws:iam::123456789012:mfa/alice", reason: "test", attempt: 1 };

describe(createTtyPromptDriver.name, () => {
  it("prompts with the profile and device, and returns the typed code", async () => {
    const tty = fakeTty(["1", "2", "3", "\u007f", "3", "456"]);
    const code = await createTtyPromptDriver({ openTty: () => tty.handle }).ask(request);
    expect(code).toBe("123456");
    expect(tty.written[0]).toBe("MFA code for dev (arn:aws:iam::123456789012:mfa/alice): ");
    expect(tty.isClosed()).toBe(true);
  });

  it("says the code was incorrect on a re-ask", async () => {
    const tty = fakeTty(["654321"]);
    await createTtyPromptDriver({ openTty: () => tty.handle }).ask({ ...request, attempt: 2, previousError: "invalid" });
    expect(tty.written[0]).toBe("code was incorrect, try again\r\n");
  });

  it("cancels on Ctrl-C with UserCancelledError", async () => {
    const tty = fakeTty(["12", "\u0003"]);
    await expect(createTtyPromptDriver({ openTty: () => tty.handle }).ask(request)).rejects.toBeInstanceOf(UserCancelledError);
    expect(tty.isClosed()).toBe(true);
  });

  it("is unavailable when there is no controlling terminal", async () => {
    const openTty = () => { throw Object.assign(new Error("ENXIO: no such device or address, open '/dev/tty'"), { code: "ENXIO" }); };
    await expect(createTtyPromptDriver({ openTty }).ask(request)).rejects.toBeInstanceOf(PromptUnavailableError);
  });

  it("cancels on Escape with UserCancelledError", async () => {
    const tty = fakeTty(["12", "\u001b"]);
    await expect(createTtyPromptDriver({ openTty: () => tty.handle }).ask(request)).rejects.toBeInstanceOf(UserCancelledError);
    expect(tty.isClosed()).toBe(true);
  });

  it("on Windows cancels on Ctrl-C or Ctrl-Break delivered as signals, closes the console and stops listening", async () => {
    for (const signal of ["SIGINT", "SIGBREAK"]) {
      const tty = fakeTty([]);
      const signals = new EventEmitter();
      const asked = createTtyPromptDriver({ platform: "win32", openTty: () => tty.handle, signals }).ask(request);
      signals.emit(signal);
      await expect(asked).rejects.toBeInstanceOf(UserCancelledError);
      expect(tty.isClosed()).toBe(true);
      expect(signals.eventNames()).toEqual([]);
    }
  });

  it("stops listening for signals once the code is in", async () => {
    const signals = new EventEmitter();
    await createTtyPromptDriver({ platform: "linux", openTty: () => fakeTty(["123456"]).handle, signals }).ask(request);
    expect(signals.eventNames()).toEqual([]);
  });

  it("cancels when the terminal fails mid-prompt (closed console), instead of an uncaught error", async () => {
    const tty = fakeTty([]);
    const handle = { ...tty.handle, read: (_onData: (chunk: string) => void, onError?: (error: Error) => void) => queueMicrotask(() => onError?.(new Error("EOF"))) };
    await expect(createTtyPromptDriver({ openTty: () => handle }).ask(request)).rejects.toBeInstanceOf(UserCancelledError);
    expect(tty.isClosed()).toBe(true);
  });

  it("is unavailable when the terminal refuses raw mode, and closes it", async () => {
    const tty = fakeTty([]);
    const handle = { ...tty.handle, read: () => { throw Object.assign(new Error("setRawMode EPERM"), { code: "EPERM" }); } };
    await expect(createTtyPromptDriver({ openTty: () => handle }).ask(request)).rejects.toBeInstanceOf(PromptUnavailableError);
    expect(tty.isClosed()).toBe(true);
  });

  it("is unavailable on Windows when the process has no console", async () => {
    const openTty = () => { throw Object.assign(new Error("EBADF: bad file descriptor, open '\\\\.\\CONIN$'"), { code: "EBADF" }); };
    await expect(createTtyPromptDriver({ platform: "win32", openTty }).ask(request)).rejects.toBeInstanceOf(PromptUnavailableError);
  });
});
