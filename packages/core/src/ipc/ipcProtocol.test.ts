import { describe, expect, it } from "vitest";
import {
  formatIpcMessage, IpcLineDecoder, MAX_IPC_MESSAGE_BYTES, parseClientMessage, parseServerMessage, secretsMatch, createPromptSecret,
} from "./ipcProtocol.js";

const request = {
  v: 1, type: "mfa-code-request", id: "req-1", secret: "s".repeat(43), profile: "work",
  mfaSerial: "arn:aws:iam::123456789012:mfa/me", reason: "aws s3 ls", attempt: 2, previousError: "invalid",
} as const;

describe(parseClientMessage.name, () => {
  it("accepts a well-formed code request and a ping", () => {
    expect(parseClientMessage(formatIpcMessage(request).trim())).toEqual({ ok: true, message: request });
    expect(parseClientMessage(JSON.stringify({ v: 1, type: "ping", id: "p", secret: "x" }))).toMatchObject({ ok: true, message: { type: "ping" } });
  });

  it.each([
    ["not JSON", "{nope", null],
    ["a JSON array", "[1]", null],
    ["another version", JSON.stringify({ ...request, v: 2 }), "req-1"],
    ["no secret", JSON.stringify({ ...request, secret: undefined }), "req-1"],
    ["no id", JSON.stringify({ ...request, id: undefined }), null],
    ["an unknown type", JSON.stringify({ ...request, type: "shell" }), "req-1"],
    ["attempt 0", JSON.stringify({ ...request, attempt: 0 }), "req-1"],
    ["an unknown previousError", JSON.stringify({ ...request, previousError: "boom" }), "req-1"],
    ["an overlong profile", JSON.stringify({ ...request, profile: "p".repeat(300) }), "req-1"],
  ])("refuses %s without quoting the secret", (_name, line, id) => {
    const result = parseClientMessage(line);
    expect(result).toMatchObject({ ok: false, id });
    expect(JSON.stringify(result)).not.toContain("s".repeat(43));
  });
});

describe(parseServerMessage.name, () => {
  it("accepts responses, errors and pongs", () => {
    expect(parseServerMessage(JSON.stringify({ v: 1, type: "mfa-code-response", id: "r", code: "123456" }))).toMatchObject({ ok: true });
    expect(parseServerMessage(JSON.stringify({ v: 1, type: "error", id: null, error: "bad-request", message: "x" }))).toMatchObject({ ok: true });
    expect(parseServerMessage(JSON.stringify({ v: 1, type: "pong", id: "r" }))).toMatchObject({ ok: true });
  });

  it("refuses unknown error kinds and responses without a code", () => {
    expect(parseServerMessage(JSON.stringify({ v: 1, type: "error", id: "r", error: "teapot", message: "" })).ok).toBe(false);
    expect(parseServerMessage(JSON.stringify({ v: 1, type: "mfa-code-response", id: "r" })).ok).toBe(false);
  });
});

describe(IpcLineDecoder.name, () => {
  it("joins lines split across chunks", () => {
    const decoder = new IpcLineDecoder();
    expect(decoder.push(Buffer.from('{"a":'))).toEqual({ lines: [] });
    expect(decoder.push(Buffer.from('1}\r\n{"b":2}\n'))).toEqual({ lines: ['{"a":1}', '{"b":2}'] });
  });

  it("reports a line larger than 16 KiB even before its newline arrives", () => {
    const decoder = new IpcLineDecoder();
    expect(decoder.push(Buffer.alloc(MAX_IPC_MESSAGE_BYTES, 0x61))).toEqual({ oversized: true });
  });

  it("refuses to format an oversized message", () => {
    expect(() => formatIpcMessage({ ...request, reason: "r".repeat(MAX_IPC_MESSAGE_BYTES) })).toThrow(RangeError);
  });
});

describe(secretsMatch.name, () => {
  it("matches only the same non-empty secret", () => {
    const secret = createPromptSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secretsMatch(secret, secret)).toBe(true);
    expect(secretsMatch(secret, `${secret}x`)).toBe(false);
    expect(secretsMatch(secret, "")).toBe(false);
    expect(secretsMatch("", "")).toBe(false);
  });
});
