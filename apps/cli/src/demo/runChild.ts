// Runs one program of the demo (our CLI or the AWS CLI) as a child, the way a person's shell would,
// and returns what it printed. stdin is closed: nothing in the demo may wait for input. On Windows an
// aws.cmd (pip's AWS CLI) runs through cmd.exe (resolveChildCommand).
import { spawn } from "node:child_process";
import { resolveChildCommand } from "../resolveChildCommand.js";

export interface ChildResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function runChild(argv: string[], env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<ChildResult> {
  const { file, args, windowsVerbatimArguments } = resolveChildCommand(argv[0]!, argv.slice(1), { env });
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ["ignore", "pipe", "pipe"], windowsVerbatimArguments, windowsHide: true });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.stdout.on("data", (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on("data", (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on("error", (error) => { clearTimeout(timer); reject(error); });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}
