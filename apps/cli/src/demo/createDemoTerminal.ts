// The demo's stand-in for the person at `device setup`: the QR code and questions go to the demo's
// output, and each code is computed from the device's seed (read from the sandbox), as an
// authenticator app would show it. Only the demo does this; the real command asks a person.
import { generateTotp, getTotpCounter, TOTP_STEP_SECONDS } from "@mfa-session/core";
import type { DeviceTerminal } from "../commands/device/deviceTerminal.js";

export interface DemoTerminalOptions {
  write(text: string): void;
  /** The seed of the device being set up (from the sandbox), once it exists. */
  getSeed(): string;
  now?: () => number;
}

export function createDemoTerminal(options: DemoTerminalOptions): DeviceTerminal {
  const now = options.now ?? Date.now;
  const controller = new AbortController();
  // Two consecutive codes without waiting half a minute: the previous window's code, then the current one
  // (AWS accepts codes one step either side of now).
  let nextOffset = -1;
  return {
    cancelled: controller.signal,
    cancel: () => controller.abort(),
    write: (text) => options.write(text),
    async askCode(question) {
      const counter = getTotpCounter(now()) + nextOffset;
      nextOffset += 1;
      const code = generateTotp(options.getSeed(), { timeMs: counter * TOTP_STEP_SECONDS * 1000 });
      options.write(`${question} ${code}   (demo: computed from the device's seed)\n`);
      return code;
    },
    async sleep() {
      // Nothing to wait for: the demo's codes are consecutive already.
    },
    close() {},
  };
}
