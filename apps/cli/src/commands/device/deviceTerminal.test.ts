import { UserCancelledError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import type { TtyHandle } from "../../prompt/ttyPromptDriver.js";
import { openDeviceTerminal } from "./deviceTerminal.js";

function fakeTty() {
  let onData: ((chunk: string) => void) | undefined;
  const written: string[] = [];
  const handle: TtyHandle = { write: (text) => { written.push(text); }, read: (cb) => { onData = cb; }, close: () => {} };
  return { handle, written, press: (keys: string) => onData?.(keys) };
}

describe(openDeviceTerminal.name, () => {
  it("reads six digits per question and writes CRLF line ends for raw mode", async () => {
    const tty = fakeTty();
    const terminal = openDeviceTerminal(() => tty.handle);
    terminal.write("line one\nline two\n");
    const first = terminal.askCode("First:");
    tty.press("12345");
    tty.press("6");
    expect(await first).toBe("123456");
    const second = terminal.askCode("Next:");
    tty.press("654321");
    expect(await second).toBe("654321");
    expect(tty.written[0]).toBe("line one\r\nline two\r\n");
  });

  it("cancels a wait when Ctrl-C is pressed between questions", async () => {
    const tty = fakeTty();
    const terminal = openDeviceTerminal(() => tty.handle);
    const waiting = terminal.sleep(60_000);
    tty.press("\u0003");
    await expect(waiting).rejects.toBeInstanceOf(UserCancelledError);
    expect(terminal.cancelled.aborted).toBe(true);
    await expect(terminal.askCode("Next:")).rejects.toBeInstanceOf(UserCancelledError);
  });

  it("says to use the non-interactive options when there is no terminal", () => {
    expect(() => openDeviceTerminal(() => { throw new Error("ENXIO"); })).toThrow(/--seed-file/);
  });
});
