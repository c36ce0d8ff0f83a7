// Asks for the code on the controlling terminal, opened directly as /dev/tty: stdin and stdout
// belong to the caller (the AWS CLI captures them, the JS SDK leaves stdin an open pipe), so they
// are never touched. Raw mode: digits echo, the 6th digit submits, backspace edits, Ctrl-C cancels.
import { openSync, writeSync, closeSync } from "node:fs";
import { ReadStream } from "node:tty";
import { PromptUnavailableError, UserCancelledError, type MfaCodeRequest } from "@mfa-session/core";
import { applyCodeKeys } from "./applyCodeKeys.js";
import { formatPromptText, formatRetryNotice } from "./formatPromptText.js";
import type { PromptDriver } from "./PromptDriver.js";

/** The terminal as the driver needs it; tests pass a fake. */
export interface TtyHandle {
  write(text: string): void;
  /** Starts raw-mode reading; `onData` gets each chunk of keystrokes. */
  read(onData: (chunk: string) => void): void;
  close(): void;
}

export interface TtyPromptDriverOptions {
  /** Opens the controlling terminal, or throws (ENXIO when the process has none). */
  openTty?: () => TtyHandle;
  /** Echo this instead of each digit. */
  mask?: string;
}

export function createTtyPromptDriver(options: TtyPromptDriverOptions = {}): PromptDriver {
  const openTty = options.openTty ?? openControllingTty;
  return {
    name: "tty",
    async ask(request) {
      let tty: TtyHandle;
      try {
        tty = openTty();
      } catch (error) {
        throw new PromptUnavailableError(`Profile ${request.profile}: no terminal to ask for the MFA code on.`, { cause: error });
      }
      try {
        return await readCode(tty, request, options.mask);
      } finally {
        tty.close();
      }
    },
  };
}

function readCode(tty: TtyHandle, request: MfaCodeRequest, mask: string | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const notice = formatRetryNotice(request);
    if (notice) tty.write(`${notice}\r\n`);
    tty.write(`${formatPromptText(request)} `);
    let digits = "";
    let settled = false;
    // A caller that gives up on us (SIGTERM, a closed terminal) must not leave the terminal in raw mode.
    const onSignal = () => finish(() => { tty.write("\r\n"); reject(new UserCancelledError(`Profile ${request.profile}: stopped while waiting for the MFA code.`)); });
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      request.signal?.removeEventListener("abort", onAbort);
      for (const name of STOP_SIGNALS) process.off(name, onSignal);
      action();
    };
    for (const name of STOP_SIGNALS) process.once(name, onSignal);
    const onAbort = () => finish(() => { tty.write("\r\n"); reject(new UserCancelledError(`Profile ${request.profile}: cancelled.`)); });
    if (request.signal?.aborted) return onAbort();
    request.signal?.addEventListener("abort", onAbort);
    tty.read((chunk) => {
      if (settled) return;
      const state = applyCodeKeys(digits, chunk, mask);
      digits = state.digits;
      if (state.echo) tty.write(state.echo);
      if (state.outcome === "complete") finish(() => { tty.write("\r\n"); resolve(digits); });
      if (state.outcome === "cancelled") finish(() => { tty.write("^C\r\n"); reject(new UserCancelledError(`Profile ${request.profile}: cancelled at the MFA prompt.`)); });
    });
  });
}

const STOP_SIGNALS = ["SIGTERM", "SIGHUP"] as const;

/** /dev/tty in raw mode. ENXIO (no controlling terminal) and ENOENT surface as the open's error. */
export function openControllingTty(): TtyHandle {
  const readFd = openSync("/dev/tty", "r");
  let writeFd: number;
  try {
    writeFd = openSync("/dev/tty", "w");
  } catch (error) {
    closeSync(readFd);
    throw error;
  }
  const input = new ReadStream(readFd);
  let closed = false;
  return {
    write(text) {
      writeSync(writeFd, text);
    },
    read(onData) {
      input.setRawMode(true);
      input.setEncoding("utf8");
      input.on("data", (chunk: string) => onData(chunk));
    },
    close() {
      if (closed) return;
      closed = true;
      try { input.setRawMode(false); } catch { /* the terminal may be gone already */ }
      input.destroy();
      closeSync(writeFd);
    },
  };
}
