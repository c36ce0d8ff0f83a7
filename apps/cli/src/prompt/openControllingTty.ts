// Opens the person's terminal (getControllingTerminal says which device on this platform) for
// keystroke-at-a-time reading: raw mode, so the terminal neither echoes nor waits for Enter, and
// Ctrl-C is a key. Raw mode is undone on close and, should the process exit mid-prompt, on exit.
import { closeSync, openSync, writeSync } from "node:fs";
import { ReadStream } from "node:tty";
import { getControllingTerminal } from "./getControllingTerminal.js";

/** The terminal as the prompt needs it; tests pass a fake. */
export interface TtyHandle {
  write(text: string): void;
  /** Starts raw-mode reading; `onData` gets each chunk of keystrokes, `onError` a failed read (the terminal went away). */
  read(onData: (chunk: string) => void, onError?: (error: Error) => void): void;
  close(): void;
}

/** What the handle needs of a tty.ReadStream over the input fd. */
export interface TtyInput {
  setRawMode(raw: boolean): unknown;
  setEncoding(encoding: "utf8"): unknown;
  on(event: "data", listener: (chunk: string) => void): unknown;
  on(event: "error", listener: (error: Error) => void): unknown;
  destroy(): unknown;
}

export interface OpenControllingTtyOptions {
  /** process.platform by default. */
  platform?: NodeJS.Platform;
  fs?: { openSync: typeof openSync; writeSync: (fd: number, text: string) => unknown; closeSync: typeof closeSync };
  createInput?: (fd: number) => TtyInput;
  /** Where the process's `exit` is announced (process). */
  exitEvents?: Pick<NodeJS.EventEmitter, "once" | "off">;
}

/** Throws the open's error when there is no terminal: ENXIO for /dev/tty, EBADF or ENOENT for a process without a console. */
export function openControllingTty(options: OpenControllingTtyOptions = {}): TtyHandle {
  const terminal = getControllingTerminal(options.platform ?? process.platform);
  const fs = options.fs ?? { openSync, writeSync, closeSync };
  const createInput = options.createInput ?? ((fd: number) => new ReadStream(fd));
  const exitEvents = options.exitEvents ?? process;
  const readFd = fs.openSync(terminal.input.path, terminal.input.flags);
  let writeFd: number;
  let input: TtyInput;
  try {
    writeFd = fs.openSync(terminal.output.path, terminal.output.flags);
  } catch (error) {
    fs.closeSync(readFd);
    throw error;
  }
  try {
    input = createInput(readFd);
  } catch (error) {
    fs.closeSync(writeFd);
    fs.closeSync(readFd);
    throw error;
  }
  let raw = false;
  let closed = false;
  const leaveRawMode = () => {
    if (!raw) return;
    raw = false;
    try { input.setRawMode(false); } catch { /* the terminal may be gone already */ }
  };
  return {
    write(text) {
      fs.writeSync(writeFd, text);
    },
    read(onData, onError) {
      exitEvents.once("exit", leaveRawMode);
      input.setRawMode(true);
      raw = true;
      input.setEncoding("utf8");
      input.on("data", (chunk) => onData(chunk));
      // Without a listener a failed read would be an uncaught error, leaving the terminal raw.
      input.on("error", (error) => onError?.(error));
    },
    close() {
      if (closed) return;
      closed = true;
      exitEvents.off("exit", leaveRawMode);
      leaveRawMode();
      input.destroy();
      fs.closeSync(writeFd);
    },
  };
}
