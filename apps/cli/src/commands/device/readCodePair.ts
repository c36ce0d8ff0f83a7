// Where enable and resync get their two consecutive codes: given on the command line, computed
// from a seed file, or asked on the terminal (first code, wait for the next window, second code).
import { resolve } from "node:path";
import {
  collectConsecutiveCodes, getConsecutiveCodes, parseCodePair, UsageError,
  type CodeAsk, type CodePair,
} from "@mfa-session/core";
import type { CliIo } from "../../io.js";
import { readSeedFile } from "../readSeedFile.js";
import { openDeviceTerminal, type DeviceTerminal } from "./deviceTerminal.js";

export interface CodeInputs {
  "authentication-code-1"?: string | undefined;
  "authentication-code-2"?: string | undefined;
  "seed-file"?: string | undefined;
}

export const CODE_OPTIONS = {
  "authentication-code-1": { type: "string" },
  "authentication-code-2": { type: "string" },
  "seed-file": { type: "string" },
} as const;

/** Checks the combination of code options (and the codes themselves) before any credentials are fetched. */
export function checkCodeInputs(inputs: CodeInputs, subject: string): void {
  const code1 = inputs["authentication-code-1"];
  const code2 = inputs["authentication-code-2"];
  if ((code1 === undefined) !== (code2 === undefined)) {
    throw new UsageError("Give both --authentication-code-1 and --authentication-code-2 (two consecutive codes), or neither to be asked for them.");
  }
  if (code1 !== undefined && inputs["seed-file"] !== undefined) throw new UsageError("Give either the two codes or --seed-file, not both.");
  if (code1 !== undefined && code2 !== undefined) parseCodePair(code1, code2, subject);
}

export async function readCodePair(io: CliIo, inputs: CodeInputs, subject: string): Promise<CodePair> {
  checkCodeInputs(inputs, subject);
  const code1 = inputs["authentication-code-1"];
  const code2 = inputs["authentication-code-2"];
  if (code1 !== undefined && code2 !== undefined) return parseCodePair(code1, code2, subject);
  if (inputs["seed-file"] !== undefined) return getConsecutiveCodes(await readSeedFile(resolve(io.cwd, inputs["seed-file"])));
  const terminal = openDeviceTerminal();
  try {
    return await askCodePair(terminal, subject);
  } finally {
    terminal.close();
  }
}

const RETRY_NOTICES: Record<NonNullable<CodeAsk["retry"]>, string> = {
  format: "A code is exactly 6 digits; try again.",
  mismatch: "That code does not belong to this device: check you scanned the QR code just shown, then try again.",
  same: "That is the same code again: wait until your authenticator shows a new code, then enter it.",
  late: "That code came a window late, so it now counts as the first code; enter the next one when it appears.",
};

export function askCodePair(terminal: DeviceTerminal, subject: string, seedBase32?: string): Promise<CodePair> {
  return collectConsecutiveCodes({
    subject,
    ...(seedBase32 ? { seedBase32 } : {}),
    ask: (request) => {
      if (request.retry) terminal.write(`${RETRY_NOTICES[request.retry]}\n`);
      return terminal.askCode(request.which === 1 ? "First code from your authenticator:" : "Next code (the one after it):");
    },
    onWait: (seconds) => terminal.write(`Now wait for the next code (about ${seconds} s)...\n`),
    sleep: (ms) => terminal.sleep(ms),
  });
}
