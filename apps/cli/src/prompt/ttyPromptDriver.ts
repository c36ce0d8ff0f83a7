// Asks for the code on the person's terminal (/dev/tty, or the Windows console through CONIN$ and
// CONOUT$), opened directly: stdin and stdout belong to the caller (the AWS CLI captures them, the JS
// SDK leaves stdin an open pipe), so they are never touched. Raw mode: digits echo, the 6th digit
// submits, backspace edits, Ctrl-C and Escape cancel; the terminal is restored on every way out.
import { PromptUnavailableError, UserCancelledError, type MfaCodeRequest } from "@mfa-session/core";
import { applyCodeKeys } from "./applyCodeKeys.js";
import { formatPromptText, formatRetryNotice } from "./formatPromptText.js";
import { getControllingTerminal } from "./getControllingTerminal.js";
import { openControllingTty, type TtyHandle } from "./openControllingTty.js";
import type { PromptDriver } from "./PromptDriver.js";

// The device commands open the same terminal through here.
export { openControllingTty, type TtyHandle };

export interface TtyPromptDriverOptions {
  /** Opens the person's terminal, or throws (ENXIO when the process has none). */
  openTty?: () => TtyHandle;
  /** Echo this instead of each digit. */
  mask?: string;
  /** process.platform by default: which terminal to open, which signals stop the prompt. */
  platform?: NodeJS.Platform;
  /** Where those signals arrive (process). */
  signals?: Pick<NodeJS.EventEmitter, "once" | "off">;
}

export function createTtyPromptDriver(options: TtyPromptDriverOptions = {}): PromptDriver {
  const platform = options.platform ?? process.platform;
  const openTty = options.openTty ?? (() => openControllingTty({ platform }));
  const stop = { signals: options.signals ?? process, names: getControllingTerminal(platform).stopSignals };
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
        return await readCode(tty, request, options.mask, stop);
      } finally {
        tty.close();
      }
    },
  };
}

function readCode(tty: TtyHandle, request: MfaCodeRequest, mask: string | undefined, stop: { signals: Pick<NodeJS.EventEmitter, "once" | "off">; names: readonly NodeJS.Signals[] }): Promise<string> {
  return new Promise((resolve, reject) => {
    const notice = formatRetryNotice(request);
    if (notice) tty.write(`${notice}\r\n`);
    tty.write(`${formatPromptText(request)} `);
    let digits = "";
    let settled = false;
    // A caller that gives up on us (SIGTERM, a closed terminal, Ctrl-C delivered as a signal) must not leave the terminal in raw mode.
    const onSignal = () => finish(() => { tty.write("\r\n"); reject(new UserCancelledError(`Profile ${request.profile}: stopped while waiting for the MFA code.`)); });
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      request.signal?.removeEventListener("abort", onAbort);
      for (const name of stop.names) stop.signals.off(name, onSignal);
      action();
    };
    for (const name of stop.names) stop.signals.once(name, onSignal);
    const onAbort = () => finish(() => { tty.write("\r\n"); reject(new UserCancelledError(`Profile ${request.profile}: cancelled.`)); });
    if (request.signal?.aborted) return onAbort();
    request.signal?.addEventListener("abort", onAbort);
    const onData = (chunk: string) => {
      if (settled) return;
      const state = applyCodeKeys(digits, chunk, mask);
      digits = state.digits;
      if (state.echo) tty.write(state.echo);
      if (state.outcome === "complete") finish(() => { tty.write("\r\n"); resolve(digits); });
      if (state.outcome === "cancelled") finish(() => { tty.write("^C\r\n"); reject(new UserCancelledError(`Profile ${request.profile}: cancelled at the MFA prompt.`)); });
    };
    const onError = (error: Error) => finish(() => reject(new UserCancelledError(`Profile ${request.profile}: the terminal went away while waiting for the MFA code.`, { cause: error })));
    try {
      tty.read(onData, onError);
    } catch (error) {
      finish(() => { tty.write("\r\n"); reject(new PromptUnavailableError(`Profile ${request.profile}: the terminal cannot be read key by key (raw mode).`, { cause: error })); });
    }
  });
}
