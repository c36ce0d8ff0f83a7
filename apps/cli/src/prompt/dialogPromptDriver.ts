// Asks for the code in a desktop dialog when a display is present: zenity or kdialog on Linux,
// osascript on macOS, PowerShell's WinForms on Windows. Arguments go to execFile (no shell); the code
// comes back on the dialog's stdout, and parseDialogResult tells a cancel from a dialog that failed.
import { execFile } from "node:child_process";
import { findOnPath, type MfaCodeRequest, PromptUnavailableError, UserCancelledError } from "@mfa-session/core";
import { formatPromptText, formatRetryNotice } from "./formatPromptText.js";
import { getPowerShellDialogArgs } from "./getPowerShellDialogArgs.js";
import { parseDialogResult, type DialogProgram, type DialogResult } from "./parseDialogResult.js";
import type { PromptDriver } from "./PromptDriver.js";

export interface DialogCommand {
  program: DialogProgram;
  file: string;
  args: string[];
}

export type DialogRunner = (command: DialogCommand, options: { timeoutMs: number; signal?: AbortSignal }) => Promise<DialogResult>;

export interface DialogPromptDriverOptions {
  env: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** Full path of an executable on PATH, or undefined. */
  which?: (name: string) => string | undefined;
  run?: DialogRunner;
  /** Below the Go SDK's 60 s credential_process limit. */
  timeoutMs?: number;
}

export function createDialogPromptDriver(options: DialogPromptDriverOptions): PromptDriver {
  const platform = options.platform ?? process.platform;
  const which = options.which ?? ((name: string) => findOnPath(name, options.env));
  const run = options.run ?? runDialog;
  return {
    name: "dialog",
    async ask(request) {
      const command = getDialogCommand(request, platform, options.env, which);
      if (!command) throw new PromptUnavailableError(`Profile ${request.profile}: no desktop display or dialog program to ask for the MFA code.`);
      let result: DialogResult;
      try {
        result = await run(command, { timeoutMs: options.timeoutMs ?? 55_000, ...(request.signal ? { signal: request.signal } : {}) });
      } catch (error) {
        throw new PromptUnavailableError(`Profile ${request.profile}: the MFA code dialog could not be shown.`, { cause: error });
      }
      const outcome = parseDialogResult(command.program, result);
      if (outcome.outcome === "cancelled") throw new UserCancelledError(`Profile ${request.profile}: the MFA code dialog was cancelled.`);
      if (outcome.outcome === "failed") throw new PromptUnavailableError(`Profile ${request.profile}: the MFA code dialog could not be shown.`, { cause: new Error(outcome.reason) });
      return outcome.text;
    },
  };
}

/** Which dialog to run here, or undefined when there is no display or no dialog program. Pure. */
export function getDialogCommand(
  request: Pick<MfaCodeRequest, "profile" | "mfaSerial" | "attempt" | "previousError">,
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  which: (name: string) => string | undefined,
): DialogCommand | undefined {
  const notice = formatRetryNotice(request);
  const text = notice ? `${notice}\n\n${formatPromptText(request)}` : formatPromptText(request);
  const title = "mfa-session";
  if (platform === "darwin") {
    const osascript = which("osascript");
    if (!osascript || env.SSH_CONNECTION) return undefined;
    const script = `text returned of (display dialog ${appleScriptString(text)} default answer "" with title ${appleScriptString(title)} with hidden answer)`;
    return { program: "osascript", file: osascript, args: ["-e", script] };
  }
  if (platform === "win32") {
    // No desktop in an SSH session; the form would fail to show there.
    const powershell = which("powershell.exe");
    if (!powershell || env.SSH_CONNECTION) return undefined;
    return { program: "powershell", file: powershell, args: getPowerShellDialogArgs(text, title) };
  }
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return undefined;
  const zenity = which("zenity");
  if (zenity) return { program: "zenity", file: zenity, args: ["--entry", `--title=${title}`, `--text=${text}`, "--hide-text"] };
  const kdialog = which("kdialog");
  if (kdialog) return { program: "kdialog", file: kdialog, args: ["--title", title, "--password", text] };
  return undefined;
}

function appleScriptString(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

const runDialog: DialogRunner = (command, { timeoutMs, signal }) =>
  new Promise((resolve, reject) => {
    const child = execFile(command.file, command.args, { timeout: timeoutMs, ...(signal ? { signal } : {}), encoding: "utf8" }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") return reject(error);
      resolve({ exitCode: error ? Number(error.code) : 0, stdout, stderr });
    });
    child.stdin?.end();
  });
