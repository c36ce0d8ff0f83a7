// Test helper: a private moto_server on 127.0.0.1 and a free port, answered before this resolves,
// killed by stop(). moto accepts any access key, so tests use dummy keys only.
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { createServer } from "node:net";

export interface MotoServer {
  endpoint: string;
  stop(): Promise<void>;
}

export interface StartMotoOptions {
  /** Program to run; default "moto_server" from PATH. */
  command?: string;
  startTimeoutMs?: number;
}

export async function startMoto(options: StartMotoOptions = {}): Promise<MotoServer> {
  const port = await getFreePort();
  const endpoint = `http://127.0.0.1:${port}`;
  const child = spawn(options.command ?? "moto_server", ["-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, AWS_ACCESS_KEY_ID: "testing", AWS_SECRET_ACCESS_KEY: "testing" },
  });
  let stderr = "";
  let spawnError: Error | undefined;
  child.once("error", (error) => {
    spawnError = error;
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-2000);
  });
  const stop = () => stopChild(child);
  try {
    await waitUntilAnswering(endpoint, child, options.startTimeoutMs ?? 30_000, () => spawnError);
  } catch (error) {
    await stop();
    throw new Error(`moto_server did not start on ${endpoint}: ${(error as Error).message}\n${stderr}`);
  }
  return { endpoint, stop };
}

function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilAnswering(
  endpoint: string,
  child: ChildProcess,
  timeoutMs: number,
  getSpawnError: () => Error | undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const spawnError = getSpawnError();
    if (spawnError !== undefined) throw spawnError;
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`it exited (${child.exitCode ?? child.signalCode})`);
    if (await answers(`${endpoint}/moto-api/`)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no answer within ${timeoutMs} ms`);
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(url, { method: "GET", timeout: 1000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(false));
    req.end();
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
