// Runs a process asynchronously (the sandbox lives in the test's own event loop, so execFileSync
// would deadlock) and collects its output; kills it after a generous limit so a hang fails, not blocks.
import { spawn } from "node:child_process";

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

export interface RunProcessOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Written to stdin, then closed; default: stdin is an open pipe that is never written (like the JS SDK). */
  input?: string;
  /** Run in a new session without a controlling terminal (setsid). */
  detached?: boolean;
  timeoutMs?: number;
}

export function runProcess(file: string, args: string[], options: RunProcessOptions = {}): Promise<ProcessResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      env: options.env ?? process.env,
      ...(options.cwd ? { cwd: options.cwd } : {}),
      detached: options.detached ?? true,
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => { stdout += chunk; });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => { stderr += chunk; });
    if (options.input !== undefined) child.stdin.end(options.input);
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
    child.on("error", (error) => { clearTimeout(timer); reject(error); });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, signal, stdout, stderr, durationMs: performance.now() - started });
    });
  });
}
