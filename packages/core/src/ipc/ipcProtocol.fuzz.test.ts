// Fuzz: generated and mutated lines through parseClientMessage/parseServerMessage, and random byte
// streams cut into random chunks through IpcLineDecoder. Never a throw; what parses is well-formed.
// Replay a failure with FUZZ_SEED=<seed>.
import { describe, expect, it } from "vitest";
import { createRandom, getFuzzSeed, mutate, randomText } from "../testing/fuzz.js";
import { formatIpcMessage, IpcLineDecoder, MAX_IPC_MESSAGE_BYTES, parseClientMessage, parseServerMessage } from "./ipcProtocol.js";

const REQUEST = formatIpcMessage({
  v: 1, type: "mfa-code-request", id: "r1", secret: "s".repeat(43), profile: "work",
  mfaSerial: "arn:aws:iam::123456789012:mfa/me", reason: "aws s3 ls", attempt: 1, previousError: "invalid",
}).trim();
const RESPONSES = [
  formatIpcMessage({ v: 1, type: "mfa-code-response", id: "r1", code: "123456" }),
  formatIpcMessage({ v: 1, type: "error", id: "r1", error: "cancelled", message: "Cancelled in VS Code" }),
  formatIpcMessage({ v: 1, type: "pong", id: "r1" }),
].map((line) => line.trim());

describe("IPC message readers on bad input", () => {
  it("parse 6000 mutated and generated lines into a valid message or a reason, never throw", () => {
    const seed = getFuzzSeed();
    console.log(`IPC parser fuzz seed: ${seed} (FUZZ_SEED=${seed} replays it)`);
    const random = createRandom(seed);
    const counts = { clientOk: 0, clientRefused: 0, serverOk: 0, serverRefused: 0 };
    for (let round = 0; round < 3000; round++) {
      const context = `round ${round} (FUZZ_SEED=${seed})`;
      const clientLine = round % 5 === 0 ? randomText(random, 200) : mutate(REQUEST, random);
      const client = parseClientMessage(clientLine);
      if (client.ok) {
        counts.clientOk += 1;
        // A message that parses formats and parses back the same (it is whole and within limits).
        expect(parseClientMessage(formatIpcMessage(client.message).trim()), context).toEqual(client);
      } else {
        counts.clientRefused += 1;
        expect(client.reason.length, context).toBeGreaterThan(3);
      }
      const serverLine = round % 5 === 0 ? randomText(random, 200) : mutate(random.pick(RESPONSES), random);
      const server = parseServerMessage(serverLine);
      if (server.ok) {
        counts.serverOk += 1;
        expect(parseServerMessage(formatIpcMessage(server.message).trim()), context).toEqual(server);
      } else {
        counts.serverRefused += 1;
        expect(server.reason.length, context).toBeGreaterThan(3);
      }
    }
    console.log(`IPC parser fuzz: ${JSON.stringify(counts)}`);
    expect(counts.clientOk).toBeGreaterThan(0);
    expect(counts.serverOk).toBeGreaterThan(0);
  });

  it("splits 300 random byte streams in random chunks into the same lines, or reports oversized", () => {
    const seed = getFuzzSeed();
    console.log(`IpcLineDecoder fuzz seed: ${seed} (FUZZ_SEED=${seed} replays it)`);
    const random = createRandom(seed);
    let oversized = 0;
    for (let round = 0; round < 300; round++) {
      const length = random() < 0.1 ? MAX_IPC_MESSAGE_BYTES + random.int(4096) : random.int(2048);
      const bytes = Buffer.alloc(length);
      const newlineRate = length > MAX_IPC_MESSAGE_BYTES ? 0 : 0.02; // the long streams are one oversized line
      const otherByte = () => { const byte = random.int(255); return byte >= 0x0a ? byte + 1 : byte; };
      for (let i = 0; i < length; i++) bytes[i] = random() < newlineRate ? 0x0a : otherByte();
      const decoder = new IpcLineDecoder();
      const lines: string[] = [];
      let tooBig = false;
      for (let at = 0; at < length && !tooBig; ) {
        const size = 1 + random.int(512);
        const result = decoder.push(bytes.subarray(at, at + size));
        at += size;
        if ("oversized" in result) tooBig = true;
        else lines.push(...result.lines);
      }
      const expected = bytes.toString("latin1").split("\n").slice(0, -1);
      if (tooBig) {
        oversized += 1;
        expect(expected.some((line) => line.length + 1 > MAX_IPC_MESSAGE_BYTES) || bytes.length - bytes.lastIndexOf(0x0a) - 1 >= MAX_IPC_MESSAGE_BYTES, `round ${round} (FUZZ_SEED=${seed})`).toBe(true);
      } else {
        const decoded = bytes.toString("utf8").split("\n").slice(0, -1).map((line) => line.replace(/\r$/, ""));
        expect(lines.length, `round ${round} (FUZZ_SEED=${seed})`).toBe(expected.length);
        // Chunk boundaries never change what a line decodes to, even inside a multi-byte character.
        expect(lines, `round ${round} (FUZZ_SEED=${seed})`).toEqual(decoded);
      }
    }
    console.log(`IpcLineDecoder fuzz: 300 streams, ${oversized} oversized`);
  });
});
