// The one module in core that runs a user's command line (credential_process, mfa_process) and
// returns its stdout (fixed system tools, ps and sysctl, go through lock/runSystemQuery.ts). stdin is closed; stdout and stderr are captured, size-capped.
// stdout never appears in an error (it may be a secret); a redacted tail of stderr may.
import { spawn } from "node:child_process";
import { endSentence } from "../errors/endSentence.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import type { Env } from "../config/Env.js";
import { redactSecrets } from "../redact/redactSecrets.js";

export interface RunShellCommandOptions {
  env: Env;
  /** Default 60 s. */
  timeoutMs?: number;
  cwd?: string;
  /** Names the command in messages, e.g. "Profile base: credential_process". */
  subject?: string;
  /** stdout cap; output beyond it fails the command. Default 1 MiB. */
  maxOutputBytes?: number;
  platform?: NodeJS.Platform;
}

export interface ShellCommandResult {
  stdout: string;
  stderr: string;
}

const STDERR_KEEP_BYTES = 64 * 1024;
export const DEFAULT_SHELL_COMMAND_TIMEOUT_MS = 60_000;

export function runShellCommand(command: string, options: RunShellCommandOptions): Promise<ShellCommandResult> {
  const subject = options.subject ?? "The command";
  const maxOutputBytes = options.maxOutputBytes ?? 1024 * 1024;
  const platform = options.platform ?? process.platform;
  const timeoutMs = options.timeoutMs ?? DEFAULT_SHELL_COMMAND_TIMEOUT_MS;
  const [file, args] = platform === "win32"
    ? [options.env.ComSpec ?? "cmd.exe", ["/d", "/s", "/c", `"${command}"`]]
    : ["/bin/sh", ["-c", command]];

  return new Promise<ShellCommandResult>((resolve, reject) => {
    const child = spawn(file, args, {
      env: { ...options.env },
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true,
      windowsVerbatimArguments: platform === "win32",
    });
    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderr = Buffer.alloc(0);
    let settled = false;
    const finish = (error: Error | undefined, result?: ShellCommandResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error !== undefined) {
        child.kill("SIGKILL");
        child.stdout?.destroy();
        child.stderr?.destroy();
        reject(error);
      } else if (result !== undefined) {
        resolve(result);
      }
    };
    const timer = setTimeout(() => {
      finish(new MfaSessionError(
        `${subject} did not finish within ${formatSeconds(timeoutMs)} and was stopped. ` +
          "Run it in a terminal to check it; it must not wait for input (stdin is closed).", "CREDENTIAL_PROCESS_FAILED",
      ));
    }, timeoutMs);

    child.stdout?.on("data", (chunk: Buffer) => {
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxOutputBytes) {
        finish(new MfaSessionError(`${subject} printed more than ${maxOutputBytes} bytes and was stopped. It must print only the expected output.`, "CREDENTIAL_PROCESS_FAILED"));
        return;
      }
      stdout.push(chunk);
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr = Buffer.concat([stderr, chunk]);
      if (stderr.length > STDERR_KEEP_BYTES) stderr = stderr.subarray(stderr.length - STDERR_KEEP_BYTES);
    });
    child.on("error", (error) => {
      finish(new MfaSessionError(`${subject} could not be started (${(error as NodeJS.ErrnoException).code ?? "spawn error"}).`, "CREDENTIAL_PROCESS_FAILED", { cause: error }));
    });
    child.on("close", (code, signal) => {
      const stderrText = stderr.toString("utf8");
      if (code === 0) {
        finish(undefined, { stdout: Buffer.concat(stdout).toString("utf8"), stderr: stderrText });
        return;
      }
      const status = code === null ? `was killed by ${signal ?? "a signal"}` : `exited with status ${code}`;
      const hint = code === 127 ? " (command not found: check the program name and PATH)" : "";
      const said = formatStderrTail(stderrText);
      finish(new MfaSessionError(
        `${subject} ${status}${hint}.${said === "" ? "" : ` It said: ${endSentence(said)}`} Run it in a terminal to see the full output and fix it.`, "CREDENTIAL_PROCESS_FAILED",
      ));
    });
  });
}

/** The last line or two of stderr, with anything that looks like a code or a key blanked out. */
export function formatStderrTail(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((line) => line.replace(/[\u0000-\u001f\u007f]/g, " ").trim()).filter((line) => line !== "");
  // Redacted before it is clipped: a secret cut in two would no longer have a secret's shape.
  const tail = redactSecrets(lines.slice(-2).join(" / "));
  return tail.length > 300 ? `...${tail.slice(-300)}` : tail;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
