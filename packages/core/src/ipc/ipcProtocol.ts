// The VS Code prompt protocol (pure): newline-delimited JSON, version 1, one request per connection,
// at most 16 KiB per message. Every client message carries the shared secret; replies never do.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { parseJsonObject } from "../cache/parseJsonObject.js";

export const IPC_PROTOCOL_VERSION = 1;
export const MAX_IPC_MESSAGE_BYTES = 16 * 1024;

export type IpcErrorKind = "cancelled" | "unauthorized" | "bad-request" | "unavailable";
const ERROR_KINDS: readonly IpcErrorKind[] = ["cancelled", "unauthorized", "bad-request", "unavailable"];

/** What the prompt shows: the MfaCodeRequest fields plus the request id. */
export interface PromptCodeRequest {
  id: string;
  profile: string;
  mfaSerial: string;
  reason: string;
  attempt: number;
  previousError?: "invalid" | "reused";
}

export interface IpcCodeRequest extends PromptCodeRequest {
  v: 1;
  type: "mfa-code-request";
  secret: string;
}
export interface IpcPing {
  v: 1;
  type: "ping";
  id: string;
  secret: string;
}
export interface IpcCodeResponse {
  v: 1;
  type: "mfa-code-response";
  id: string;
  code: string;
}
export interface IpcErrorMessage {
  v: 1;
  type: "error";
  /** null when the request was too broken to have an id. */
  id: string | null;
  error: IpcErrorKind;
  message: string;
}
export interface IpcPong {
  v: 1;
  type: "pong";
  id: string;
}

export type IpcClientMessage = IpcCodeRequest | IpcPing;
export type IpcServerMessage = IpcCodeResponse | IpcErrorMessage | IpcPong;

/** `reason` describes what is wrong without quoting the input (it may hold a secret). */
export type IpcParseResult<T> = { ok: true; message: T } | { ok: false; reason: string; id: string | null };

/** One line of the protocol, newline included. Throws if it would exceed MAX_IPC_MESSAGE_BYTES. */
export function formatIpcMessage(message: IpcClientMessage | IpcServerMessage): string {
  const line = `${JSON.stringify(message)}\n`;
  if (Buffer.byteLength(line) > MAX_IPC_MESSAGE_BYTES) throw new RangeError("IPC message too large");
  return line;
}

export function parseClientMessage(line: string): IpcParseResult<IpcClientMessage> {
  const data = parseJsonObject(line);
  if (data === undefined) return fail("not a JSON object", null);
  const id = text(data.id, 128) ?? null;
  if (data.v !== IPC_PROTOCOL_VERSION) return fail(`unsupported protocol version (expected ${IPC_PROTOCOL_VERSION})`, id);
  if (id === null) return fail("missing id", null);
  const secret = text(data.secret, 512);
  if (secret === undefined) return fail("missing secret", id);
  if (data.type === "ping") return { ok: true, message: { v: 1, type: "ping", id, secret } };
  if (data.type !== "mfa-code-request") return fail("unknown message type", id);
  const profile = text(data.profile, 256);
  const mfaSerial = text(data.mfaSerial, 2048);
  const reason = text(data.reason, 1024);
  const { attempt, previousError } = data;
  if (profile === undefined || mfaSerial === undefined || reason === undefined) return fail("missing profile, mfaSerial or reason", id);
  if (typeof attempt !== "number" || !Number.isInteger(attempt) || attempt < 1 || attempt > 10) return fail("bad attempt", id);
  if (previousError !== undefined && previousError !== "invalid" && previousError !== "reused") return fail("bad previousError", id);
  const message: IpcCodeRequest = { v: 1, type: "mfa-code-request", id, secret, profile, mfaSerial, reason, attempt };
  if (previousError !== undefined) message.previousError = previousError;
  return { ok: true, message };
}

export function parseServerMessage(line: string): IpcParseResult<IpcServerMessage> {
  const data = parseJsonObject(line);
  if (data === undefined) return fail("not a JSON object", null);
  const id = text(data.id, 128) ?? null;
  if (data.v !== IPC_PROTOCOL_VERSION) return fail(`unsupported protocol version (expected ${IPC_PROTOCOL_VERSION})`, id);
  if (data.type === "error") {
    const error = data.error as IpcErrorKind;
    if (!ERROR_KINDS.includes(error)) return fail("unknown error kind", id);
    const message = typeof data.message === "string" ? data.message.slice(0, 1024) : "";
    return { ok: true, message: { v: 1, type: "error", id, error, message } };
  }
  if (id === null) return fail("missing id", null);
  if (data.type === "pong") return { ok: true, message: { v: 1, type: "pong", id } };
  if (data.type !== "mfa-code-response") return fail("unknown message type", id);
  const code = text(data.code, 64);
  if (code === undefined) return fail("missing code", id);
  return { ok: true, message: { v: 1, type: "mfa-code-response", id, code } };
}

/** Constant-time comparison (of digests, so lengths leak nothing either). */
export function secretsMatch(expected: string, given: string): boolean {
  const a = createHash("sha256").update(expected).digest();
  const b = createHash("sha256").update(given).digest();
  return timingSafeEqual(a, b) && expected.length > 0;
}

/** A fresh secret for one prompt server (256 bits, base64url). */
export function createPromptSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** Splits a byte stream into lines; "oversized" once a line grows past MAX_IPC_MESSAGE_BYTES. */
export class IpcLineDecoder {
  private pending = Buffer.alloc(0);

  constructor(private readonly maxBytes: number = MAX_IPC_MESSAGE_BYTES) {}

  push(chunk: Buffer): { lines: string[] } | { oversized: true } {
    this.pending = Buffer.concat([this.pending, chunk]);
    const lines: string[] = [];
    for (let end = this.pending.indexOf(0x0a); end !== -1; end = this.pending.indexOf(0x0a)) {
      if (end + 1 > this.maxBytes) return { oversized: true };
      lines.push(this.pending.subarray(0, end).toString("utf8").replace(/\r$/, ""));
      this.pending = this.pending.subarray(end + 1);
    }
    if (this.pending.length >= this.maxBytes) return { oversized: true };
    return { lines };
  }
}

function text(value: unknown, max: number): string | undefined {
  return typeof value === "string" && value.length > 0 && value.length <= max ? value : undefined;
}

function fail<T>(reason: string, id: string | null): IpcParseResult<T> {
  return { ok: false, reason, id };
}
