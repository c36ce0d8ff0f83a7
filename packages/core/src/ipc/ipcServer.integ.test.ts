import { spawn } from "node:child_process";
import { lstatSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PromptUnavailableError, UserCancelledError } from "../errors/errors.js";
import type { Logger } from "../ports/ports.js";
import { getDiscoveryDir } from "./discovery.js";
import { requestCodeOverIpc, pingPromptServer } from "./ipcClient.js";
import { createPromptSecret, type PromptCodeRequest } from "./ipcProtocol.js";
import { type PromptServer, startPromptServer } from "./ipcServer.js";

const secret = createPromptSecret();
const request = { profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/me", reason: "aws s3 ls", attempt: 1 };
let servers: PromptServer[] = [];
let logs: string[] = [];
const logger: Logger = { debug: (m) => void logs.push(m), info: (m) => void logs.push(m), warn: (m) => void logs.push(m) };

afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
  logs = [];
});

function socketPath(): string {
  return join(getDiscoveryDir(homedir()), `t${Math.random().toString(36).slice(2, 10)}.sock`);
}

async function start(onCodeRequest: (request: PromptCodeRequest, signal: AbortSignal) => Promise<string>, path = socketPath()) {
  const server = await startPromptServer({ socketPath: path, secret, onCodeRequest, logger });
  servers.push(server);
  return server;
}

/** Sends raw bytes and returns everything the server sent before closing. */
function rawExchange(path: string, payload: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    let received = "";
    const socket = createConnection(path, () => socket.write(payload));
    socket.setEncoding("utf8").on("data", (chunk: string) => (received += chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(received));
  });
}

describe(startPromptServer.name, () => {
  it("answers an authenticated request with the code from the prompt", async () => {
    const seen: PromptCodeRequest[] = [];
    const server = await start(async (req) => {
      seen.push(req);
      return " 123456 ";
    });
    const code = await requestCodeOverIpc({ socketPath: server.socketPath, secret, request: { ...request, previousError: "invalid" } });
    expect(code).toBe("123456");
    expect(seen).toEqual([{ id: expect.any(String), ...request, previousError: "invalid" }]);
    expect(JSON.stringify(seen)).not.toContain(secret);
    expect(await pingPromptServer({ socketPath: server.socketPath, secret })).toBe(true);
  });

  it("listens in a 0700 folder on a 0600 socket", async () => {
    const server = await start(async () => "123456");
    expect(statSync(dirname(server.socketPath)).mode & 0o777).toBe(0o700);
    expect(statSync(server.socketPath).mode & 0o777).toBe(0o600);
  });

  it("refuses a wrong secret without asking and without logging secrets", async () => {
    let asked = 0;
    const server = await start(async () => String(++asked).padStart(6, "0"));
    const error = await requestCodeOverIpc({ socketPath: server.socketPath, secret: "wrong-secret", request }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "IPC_PROTOCOL" });
    expect(asked).toBe(0);
    expect(await pingPromptServer({ socketPath: server.socketPath, secret: "wrong-secret" })).toBe(false);
    expect(logs.join("\n")).toMatch(/wrong secret/);
    expect(logs.join("\n")).not.toContain("wrong-secret");
    expect(logs.join("\n")).not.toContain(secret);
  });

  it("refuses malformed and oversized messages and closes the connection", async () => {
    let asked = 0;
    const server = await start(async () => String(++asked).padStart(6, "0"));
    const malformed = JSON.parse(await rawExchange(server.socketPath, `{"v":1,"type":"mfa-code-request","secret":"${secret}"\n`));
    expect(malformed).toMatchObject({ type: "error", error: "bad-request" });
    const oversized = JSON.parse(await rawExchange(server.socketPath, Buffer.alloc(20 * 1024, 0x61)));
    expect(oversized).toMatchObject({ type: "error", error: "bad-request", message: "Message too large." });
    expect(asked).toBe(0);
    expect(logs.join("\n")).not.toContain(secret);
  });

  it("aborts the prompt when the client goes away", async () => {
    let aborted!: Promise<unknown>;
    let asked!: () => void;
    const askedPromise = new Promise<void>((resolve) => (asked = resolve));
    const server = await start(
      (_req, signal) =>
        new Promise<string>((_resolve, reject) => {
          aborted = new Promise((resolve) => signal.addEventListener("abort", () => resolve(signal.reason)));
          signal.addEventListener("abort", () => reject(signal.reason));
          asked();
        }),
    );
    const controller = new AbortController();
    const pending = requestCodeOverIpc({ socketPath: server.socketPath, secret, request, signal: controller.signal });
    await askedPromise;
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(UserCancelledError);
    expect(await aborted).toBeInstanceOf(UserCancelledError);
  });

  it("reports cancellation in VS Code as UserCancelledError and a failing prompt as unavailable", async () => {
    const cancelled = await start(async () => Promise.reject(new UserCancelledError()));
    await expect(requestCodeOverIpc({ socketPath: cancelled.socketPath, secret, request })).rejects.toBeInstanceOf(UserCancelledError);
    const broken = await start(async () => "not a code");
    await expect(requestCodeOverIpc({ socketPath: broken.socketPath, secret, request })).rejects.toBeInstanceOf(PromptUnavailableError);
  });

  it("gives PromptUnavailableError when no server listens or it does not answer in time", async () => {
    await expect(requestCodeOverIpc({ socketPath: socketPath(), secret, request })).rejects.toBeInstanceOf(PromptUnavailableError);
    const silent = await start(() => new Promise<string>(() => undefined));
    await expect(requestCodeOverIpc({ socketPath: silent.socketPath, secret, request, timeoutMs: 50 })).rejects.toThrow(/did not answer/);
  });

  it("passes over a window that accepts the connection but never answers within seconds, not the 55 s a person has to type", { timeout: 20_000 }, async () => {
    // A frozen extension host: the kernel still accepts connections on its socket, nothing ever answers.
    const path = socketPath();
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const held: import("node:net").Socket[] = [];
    const frozen = createServer((socket) => void held.push(socket));
    await new Promise<void>((resolve) => frozen.listen(path, resolve));
    try {
      const asked = requestCodeOverIpc({ socketPath: path, secret, request });
      await expect(asked).rejects.toBeInstanceOf(PromptUnavailableError);
      await expect(asked).rejects.toThrow(/did not answer within 3 s/);
      expect(held).toHaveLength(1);
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => frozen.close(resolve));
    }
  });

  it("replaces a stale socket file but never steals a live server's socket", async () => {
    const path = socketPath();
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const old = createServer();
    await new Promise<void>((resolve) => old.listen(path, resolve));
    await expect(start(async () => "123456", path)).rejects.toThrow(/already listening/);
    await new Promise<void>((resolve) => {
      old.close(() => resolve());
    });
    // A killed server leaves its socket file behind.
    const crashed = spawn(process.execPath, ["-e", `require("node:net").createServer().listen(${JSON.stringify(path)}, () => console.log("up"))`]);
    await new Promise((resolve) => crashed.stdout.once("data", resolve));
    crashed.kill("SIGKILL");
    await new Promise((resolve) => crashed.once("close", resolve));
    expect(lstatSync(path).isSocket()).toBe(true);
    const server = await start(async () => "654321", path);
    expect(await requestCodeOverIpc({ socketPath: server.socketPath, secret, request })).toBe("654321");
  });

  it("closes a connection that sends no request in time", async () => {
    const server = await startPromptServer({ socketPath: socketPath(), secret, logger, requestReadTimeoutMs: 50, onCodeRequest: async () => "123456" });
    servers.push(server);
    expect(await rawExchange(server.socketPath, "")).toBe("");
    expect(logs.join("\n")).toMatch(/sent no request in time/);
  });

  it("refuses to start over a regular file", async () => {
    const path = socketPath();
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    writeFileSync(path, "user data");
    await expect(start(async () => "123456", path)).rejects.toThrow(/not a socket/);
  });

  it("aborts pending prompts and removes its socket on close", async () => {
    let signalSeen!: AbortSignal;
    let asked!: () => void;
    const askedPromise = new Promise<void>((resolve) => (asked = resolve));
    const server = await startPromptServer({
      socketPath: socketPath(), secret, logger,
      onCodeRequest: (_req, signal) => {
        signalSeen = signal;
        asked();
        return new Promise<string>(() => undefined);
      },
    });
    // Caught at once: the rejection can land while close() is still awaited.
    const outcome = requestCodeOverIpc({ socketPath: server.socketPath, secret, request }).then(() => "answered", (error: unknown) => error);
    await askedPromise;
    await server.close();
    expect(await outcome).toBeInstanceOf(PromptUnavailableError);
    expect(signalSeen.aborted).toBe(true);
    expect(() => statSync(server.socketPath)).toThrow();
  });
});
