// The person's terminal for the device commands, opened as /dev/tty: the QR code (it encodes the
// seed) and the code prompts go there and never to stdout or stderr, which may be piped or logged.
// Ctrl-C, typed at a prompt or during a wait, aborts `cancelled` so the caller can undo its work.
import { PromptUnavailableError, UserCancelledError } from "@mfa-session/core";
import { applyCodeKeys } from "../../prompt/applyCodeKeys.js";
import { openControllingTty, type TtyHandle } from "../../prompt/ttyPromptDriver.js";

export interface DeviceTerminal {
  write(text: string): void;
  /** Shows `question`, reads six digits (the sixth submits); rejects with UserCancelledError on Ctrl-C. */
  askCode(question: string): Promise<string>;
  /** Waits `ms`, or rejects with UserCancelledError as soon as the person presses Ctrl-C. */
  sleep(ms: number): Promise<void>;
  /** Aborted by Ctrl-C on the terminal, or by `cancel()` (e.g. on SIGINT). */
  cancelled: AbortSignal;
  cancel(): void;
  close(): void;
}

export function openDeviceTerminal(openTty: () => TtyHandle = openControllingTty): DeviceTerminal {
  let tty: TtyHandle;
  try {
    tty = openTty();
  } catch (error) {
    throw new PromptUnavailableError("This step needs a terminal to show the QR code and read the codes: run it in an interactive terminal, or use --seed-file / --authentication-code-1 and -2.", { cause: error });
  }
  const controller = new AbortController();
  const cancelledError = () => new UserCancelledError("Cancelled.");
  let reading = false;
  let onChunk: ((chunk: string) => void) | undefined;
  const startReading = () => {
    if (reading) return;
    reading = true;
    tty.read((chunk) => {
      if (onChunk) return onChunk(chunk);
      if (chunk.includes("\u0003")) { tty.write("^C\r\n"); controller.abort(); }
    });
  };
  return {
    cancelled: controller.signal,
    cancel: () => controller.abort(),
    write: (text) => tty.write(text.replace(/\r?\n/g, "\r\n")),
    askCode(question) {
      if (controller.signal.aborted) return Promise.reject(cancelledError());
      return new Promise((resolve, reject) => {
        tty.write(`${question} `);
        let digits = "";
        const onAbort = () => { onChunk = undefined; tty.write("\r\n"); reject(cancelledError()); };
        controller.signal.addEventListener("abort", onAbort, { once: true });
        onChunk = (chunk) => {
          const state = applyCodeKeys(digits, chunk);
          digits = state.digits;
          if (state.echo) tty.write(state.echo);
          if (state.outcome === "complete") {
            onChunk = undefined;
            controller.signal.removeEventListener("abort", onAbort);
            tty.write("\r\n");
            resolve(digits);
          }
          if (state.outcome === "cancelled") { tty.write("^C"); controller.abort(); }
        };
        startReading();
      });
    },
    sleep(ms) {
      startReading();
      return new Promise((resolve, reject) => {
        if (controller.signal.aborted) return reject(cancelledError());
        const onAbort = () => { clearTimeout(timer); reject(cancelledError()); };
        const timer = setTimeout(() => { controller.signal.removeEventListener("abort", onAbort); resolve(); }, ms);
        controller.signal.addEventListener("abort", onAbort, { once: true });
      });
    },
    close: () => tty.close(),
  };
}

export async function renderTerminalQr(uri: string): Promise<string> {
  const { default: QRCode } = await import("qrcode");
  return QRCode.toString(uri, { type: "terminal", small: true });
}
