// The extension's one clock (status bar, view, warnings, and the core services it builds): the
// system clock, unless MFA_SESSION_TEST_CLOCK_FILE names a file holding an offset in milliseconds,
// read at every now(). Only the code-server UI suite sets it, to move this extension's time (and
// nothing else in VS Code) to a session's last minutes and past its end instead of waiting for them.
import { readFileSync } from "node:fs";
import { systemClock, type Clock } from "@mfa-session/core";

export const TEST_CLOCK_FILE_ENV = "MFA_SESSION_TEST_CLOCK_FILE";

export interface ExtensionClockDeps {
  env: NodeJS.ProcessEnv;
  base?: Clock;
  readFile?: (path: string) => string;
}

export function createExtensionClock(deps: ExtensionClockDeps): Clock {
  const base = deps.base ?? systemClock;
  const file = deps.env[TEST_CLOCK_FILE_ENV];
  if (!file) return base;
  const readFile = deps.readFile ?? ((path: string) => readFileSync(path, "utf8"));
  return { now: () => base.now() + readOffset(readFile, file) };
}

/** A missing, empty or unreadable file is no offset: the clock never fails. */
function readOffset(readFile: (path: string) => string, file: string): number {
  try {
    const offset = Number(readFile(file).trim());
    return Number.isFinite(offset) ? offset : 0;
  } catch {
    return 0;
  }
}
