// Starts real `node` processes for multi-process tests and collects what they print.
import { type ChildProcess, spawn } from "node:child_process";

export interface NodeProcessResult {
  pid: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface StartedNodeProcess {
  child: ChildProcess;
  /** Settles when the process has exited and been reaped (so its pid no longer exists). */
  done: Promise<NodeProcessResult>;
}

export interface NodeProcessOptions {
  args?: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export function startNodeProcess(script: string, options: NodeProcessOptions = {}): StartedNodeProcess {
  const child = spawn(process.execPath, [script, ...(options.args ?? [])], {
    env: options.env ?? process.env,
    cwd: options.cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const done = new Promise<NodeProcessResult>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (exitCode, signal) => resolve({ pid: child.pid ?? -1, exitCode, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Starts `count` processes at once (all spawned before any is awaited) and waits for every one. */
export function runNodeProcesses(count: number, script: string, options: NodeProcessOptions = {}): Promise<NodeProcessResult[]> {
  const started = Array.from({ length: count }, () => startNodeProcess(script, options));
  return Promise.all(started.map((process) => process.done));
}
