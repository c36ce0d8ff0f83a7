// The CLI side of the VS Code prompt: sends one request over the socket and waits for the code.
// Keeps its side open until the answer: closing (or aborting) the connection cancels the prompt.
// A ping comes first, so a window that accepts connections but never answers (a frozen extension
// host) is passed over in seconds instead of holding the caller for the time a person has to type.
import { randomUUID } from "node:crypto";
import { createConnection } from "node:net";
import { PromptUnavailableError, UserCancelledError } from "../errors/errors.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { isMfaCode } from "../totp/parseMfaCode.js";
import { formatIpcMessage, type IpcClientMessage, IpcLineDecoder, type IpcServerMessage, parseServerMessage } from "./ipcProtocol.js";

export interface IpcCodeRequestFields {
  profile: string;
  mfaSerial: string;
  reason: string;
  attempt: number;
  previousError?: "invalid" | "reused";
}

export interface RequestCodeOverIpcOptions {
  socketPath: string;
  secret: string;
  request: IpcCodeRequestFields;
  /** Default 55 s. Running out gives PromptUnavailableError (and cancels the prompt in VS Code). */
  timeoutMs?: number;
  /** How long the window has to answer a ping before the code is asked for; default 3 s. Running out gives PromptUnavailableError. */
  aliveTimeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * The code typed in VS Code. Rejects UserCancelledError (cancelled there, or `signal` aborted),
 * PromptUnavailableError (no server, connection lost, timeout, prompt failed), IPC_PROTOCOL (the rest).
 */
export async function requestCodeOverIpc(options: RequestCodeOverIpcOptions): Promise<string> {
  const id = randomUUID();
  const { request } = options;
  const message: IpcClientMessage = {
    v: 1, type: "mfa-code-request", id, secret: options.secret,
    profile: request.profile, mfaSerial: request.mfaSerial, reason: request.reason, attempt: request.attempt,
    ...(request.previousError === undefined ? {} : { previousError: request.previousError }),
  };
  const pong = await exchange(options.socketPath, { v: 1, type: "ping", id: randomUUID(), secret: options.secret }, options.aliveTimeoutMs ?? 3_000, options.signal);
  if (pong.type !== "pong") throw translateReply(pong);
  const reply = await exchange(options.socketPath, message, options.timeoutMs ?? 55_000, options.signal);
  if (reply.type === "mfa-code-response") {
    if (!isMfaCode(reply.code)) throw new MfaSessionError("The VS Code prompt answered with something that is not a 6-digit code.", "IPC_PROTOCOL");
    return reply.code;
  }
  throw translateReply(reply);
}

/** True when a prompt server answers a ping with this secret. */
export async function pingPromptServer(options: { socketPath: string; secret: string; timeoutMs?: number }): Promise<boolean> {
  try {
    const reply = await exchange(options.socketPath, { v: 1, type: "ping", id: randomUUID(), secret: options.secret }, options.timeoutMs ?? 2_000);
    return reply.type === "pong";
  } catch {
    return false;
  }
}

function translateReply(reply: IpcServerMessage): MfaSessionError {
  if (reply.type !== "error") return new MfaSessionError(`The VS Code prompt sent an unexpected ${reply.type} message.`, "IPC_PROTOCOL");
  const detail = reply.message.replace(/[\u0000-\u001f\u007f]/g, " ").slice(0, 300);
  switch (reply.error) {
    case "cancelled":
      return new UserCancelledError("Cancelled in VS Code.");
    case "unavailable":
      return new PromptUnavailableError(`The VS Code prompt could not ask for the code: ${detail}`);
    case "unauthorized":
      return new MfaSessionError("The VS Code prompt refused the request (wrong secret). Open a new terminal in VS Code and try again.", "IPC_PROTOCOL");
    default:
      return new MfaSessionError(`The VS Code prompt refused the request: ${detail}`, "IPC_PROTOCOL");
  }
}

function exchange(socketPath: string, message: IpcClientMessage, timeoutMs: number, signal?: AbortSignal): Promise<IpcServerMessage> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new UserCancelledError("Cancelled before asking VS Code for the code.", { cause: signal.reason }));
      return;
    }
    const socket = createConnection(socketPath);
    const decoder = new IpcLineDecoder();
    let connected = false;
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      socket.destroy();
      outcome();
    };
    const fail = (error: Error): void => settle(() => reject(error));
    const onAbort = (): void => fail(new UserCancelledError("Cancelled while waiting for the code from VS Code.", { cause: signal?.reason }));
    const timer = setTimeout(() => {
      fail(new PromptUnavailableError(`The VS Code prompt at ${socketPath} did not answer within ${formatSeconds(timeoutMs)} s.`));
    }, timeoutMs);
    signal?.addEventListener("abort", onAbort, { once: true });

    socket.on("connect", () => {
      connected = true;
      socket.write(formatIpcMessage(message));
    });
    socket.on("data", (chunk: Buffer) => {
      const result = decoder.push(chunk);
      if ("oversized" in result) {
        fail(new MfaSessionError("The VS Code prompt sent a message larger than 16 KiB.", "IPC_PROTOCOL"));
        return;
      }
      const line = result.lines[0];
      if (line === undefined) return;
      const parsed = parseServerMessage(line);
      if (!parsed.ok) {
        fail(new MfaSessionError(`The VS Code prompt sent a malformed reply (${parsed.reason}).`, "IPC_PROTOCOL"));
        return;
      }
      const reply = parsed.message;
      if (reply.id !== message.id && !(reply.type === "error" && reply.id === null)) {
        fail(new MfaSessionError("The VS Code prompt answered another request.", "IPC_PROTOCOL"));
        return;
      }
      settle(() => resolve(reply));
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      const where = `the VS Code prompt at ${socketPath}`;
      fail(
        connected
          ? new PromptUnavailableError(`Lost the connection to ${where}.`, { cause: error })
          : new PromptUnavailableError(`No VS Code prompt is listening at ${socketPath} (${error.code ?? "error"}); is the VS Code window still open?`, { cause: error }),
      );
    });
    socket.on("close", () => fail(new PromptUnavailableError(`The VS Code prompt at ${socketPath} closed the connection without an answer.`)));
  });
}

function formatSeconds(ms: number): string {
  return String(Math.round(ms / 100) / 10);
}
