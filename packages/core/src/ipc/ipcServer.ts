// The prompt server the VS Code extension runs: a Unix socket in a private folder (a named pipe on
// Windows). One authenticated request per connection; a client that goes away aborts its prompt.
import { promises as fs } from "node:fs";
import { createConnection, createServer, type Server, type Socket } from "node:net";
import { dirname } from "node:path";
import { ensurePrivateDir, removeFile } from "../cache/secureFiles.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { PromptUnavailableError, UserCancelledError } from "../errors/errors.js";
import { isMfaSessionError } from "../errors/MfaSessionError.js";
import { type Logger, silentLogger } from "../ports/ports.js";
import { isMfaCode } from "../totp/parseMfaCode.js";
import {
  formatIpcMessage, type IpcErrorKind, IpcLineDecoder, type IpcServerMessage, parseClientMessage,
  type PromptCodeRequest, secretsMatch,
} from "./ipcProtocol.js";

export interface PromptServerOptions {
  socketPath: string;
  secret: string;
  /** Shows the prompt; resolves with the code, rejects UserCancelledError when the person cancels. */
  onCodeRequest(request: PromptCodeRequest, signal: AbortSignal): Promise<string>;
  logger?: Logger;
  /** A connection that sends no whole request within this long is closed. Default 10 s. */
  requestReadTimeoutMs?: number;
}

export interface PromptServer {
  socketPath: string;
  close(): Promise<void>;
}

const isNamedPipe = (path: string): boolean => path.startsWith("\\\\.\\pipe\\") || path.startsWith("\\\\?\\pipe\\");

export async function startPromptServer(options: PromptServerOptions): Promise<PromptServer> {
  const { socketPath, secret } = options;
  const logger = options.logger ?? silentLogger;
  const readTimeoutMs = options.requestReadTimeoutMs ?? 10_000;
  if (secret.length < 16) throw new MfaSessionError("The prompt server secret is too short; use createPromptSecret().", "IPC_PROTOCOL");
  if (!isNamedPipe(socketPath)) {
    await ensurePrivateDir(dirname(socketPath));
    await removeStaleSocket(socketPath);
  }

  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    handleConnection(socket, { ...options, logger, readTimeoutMs });
  });
  await listen(server, socketPath);
  if (!isNamedPipe(socketPath)) await fs.chmod(socketPath, 0o600).catch(() => undefined);

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    }).then(() => (isNamedPipe(socketPath) ? undefined : removeFile(socketPath)));
    return closed;
  };
  return { socketPath, close };
}

interface ConnectionContext extends PromptServerOptions {
  logger: Logger;
  readTimeoutMs: number;
}

function handleConnection(socket: Socket, context: ConnectionContext): void {
  const { logger } = context;
  const decoder = new IpcLineDecoder();
  const controller = new AbortController();
  let started = false;
  let answered = false;
  const reply = (message: IpcServerMessage): void => {
    if (answered || socket.destroyed) return;
    answered = true;
    // Destroy once flushed: a client that never closes its side must not hold the connection open.
    socket.end(formatIpcMessage(message), () => socket.destroy());
  };
  const refuse = (id: string | null, error: IpcErrorKind, message: string): void => {
    reply({ v: 1, type: "error", id, error, message });
  };

  socket.setTimeout(context.readTimeoutMs, () => {
    if (started) return;
    logger.warn("VS Code prompt server: closed a connection that sent no request in time.");
    socket.destroy();
  });
  socket.on("error", () => undefined); // a client that vanishes mid-write; "close" does the cleanup
  socket.on("close", () => {
    if (!answered) controller.abort(new UserCancelledError("The terminal that asked for the code went away."));
  });
  socket.on("data", (chunk: Buffer) => {
    if (started) return; // one request per connection
    const result = decoder.push(chunk);
    if ("oversized" in result) {
      started = true;
      logger.warn("VS Code prompt server: refused a message larger than 16 KiB.");
      refuse(null, "bad-request", "Message too large.");
      return;
    }
    const line = result.lines[0];
    if (line === undefined) return;
    started = true;
    socket.setTimeout(0);
    const parsed = parseClientMessage(line);
    if (!parsed.ok) {
      logger.warn(`VS Code prompt server: refused a malformed request (${parsed.reason}).`);
      refuse(parsed.id, "bad-request", `Malformed request: ${parsed.reason}.`);
      return;
    }
    const message = parsed.message;
    if (!secretsMatch(context.secret, message.secret)) {
      logger.warn("VS Code prompt server: refused a request with a wrong secret.");
      refuse(message.id, "unauthorized", "Wrong secret.");
      return;
    }
    if (message.type === "ping") {
      reply({ v: 1, type: "pong", id: message.id });
      return;
    }
    const { v: _v, type: _type, secret: _secret, ...request } = message;
    answer(request, controller.signal, context).then(
      (code) => reply({ v: 1, type: "mfa-code-response", id: request.id, code }),
      (error: unknown) => {
        const [kind, text] = classify(error, controller.signal);
        if (kind !== "cancelled") logger.warn(`VS Code prompt server: the prompt failed (${text}).`);
        refuse(request.id, kind, text);
      },
    );
  });
}

async function answer(request: PromptCodeRequest, signal: AbortSignal, context: ConnectionContext): Promise<string> {
  const code = (await context.onCodeRequest(request, signal)).trim();
  if (!isMfaCode(code)) throw new PromptUnavailableError("The prompt returned something that is not a 6-digit code.");
  return code;
}

function classify(error: unknown, signal: AbortSignal): [IpcErrorKind, string] {
  if (signal.aborted || error instanceof UserCancelledError) return ["cancelled", "Cancelled in VS Code."];
  if (error instanceof PromptUnavailableError) return ["unavailable", error.message];
  return ["unavailable", isMfaSessionError(error) ? error.message : "The VS Code prompt failed."];
}

async function removeStaleSocket(socketPath: string): Promise<void> {
  let stats: import("node:fs").Stats;
  try {
    stats = await fs.lstat(socketPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (!stats.isSocket()) {
    throw new MfaSessionError(`${socketPath} exists and is not a socket; remove it so the VS Code prompt server can start.`, "IPC_PROTOCOL");
  }
  if (await isListening(socketPath)) {
    throw new MfaSessionError(`Another VS Code prompt server is already listening on ${socketPath}.`, "IPC_PROTOCOL");
  }
  await removeFile(socketPath);
}

function isListening(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createConnection(socketPath);
    probe.once("connect", () => {
      probe.destroy();
      resolve(true);
    });
    probe.once("error", () => resolve(false));
  });
}

function listen(server: Server, socketPath: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(socketPath, () => {
      server.off("error", reject);
      resolve();
    });
  });
}
