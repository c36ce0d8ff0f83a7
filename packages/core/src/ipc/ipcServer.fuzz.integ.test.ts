// Fuzz: a live prompt server fed random bytes and mutated requests, one connection each. Every answer
// is one well-formed server message (or none), the prompt is shown only for an authenticated whole
// request, and the server still answers a good request at the end. Replay with FUZZ_SEED=<seed>.
import { createConnection } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createRandom, getFuzzSeed, mutate, randomText } from "../testing/fuzz.js";
import { getDiscoveryDir } from "./discovery.js";
import { requestCodeOverIpc } from "./ipcClient.js";
import { createPromptSecret, formatIpcMessage, parseServerMessage, type PromptCodeRequest } from "./ipcProtocol.js";
import { type PromptServer, startPromptServer } from "./ipcServer.js";

let server: PromptServer | undefined;
afterAll(async () => {
  await server?.close();
});

/** Writes `payload`, half-closes, and returns all the server sent before the connection ended. */
function exchange(path: string, payload: Buffer): Promise<string> {
  return new Promise((resolve) => {
    let received = "";
    const socket = createConnection(path, () => socket.end(payload));
    socket.setEncoding("utf8").on("data", (chunk: string) => (received += chunk));
    socket.on("error", () => undefined); // the server may close first on an oversized message
    socket.on("close", () => resolve(received));
  });
}

describe("startPromptServer fed random bytes", () => {
  it("answers 900 random and mutated connections with one well-formed message or none, and keeps serving", async () => {
    const seed = getFuzzSeed();
    console.log(`prompt server fuzz seed: ${seed} (FUZZ_SEED=${seed} replays it)`);
    const random = createRandom(seed);
    const secret = createPromptSecret();
    const shown: PromptCodeRequest[] = [];
    const socketPath = join(getDiscoveryDir(homedir()), `fuzz${seed}.sock`);
    server = await startPromptServer({
      socketPath, secret, requestReadTimeoutMs: 2_000,
      onCodeRequest: async (request) => (shown.push(request), "123456"),
    });
    const valid = formatIpcMessage({ v: 1, type: "mfa-code-request", id: "x", secret, profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/me", reason: "fuzz", attempt: 1 });
    const kinds: Record<string, number> = {};
    for (let round = 0; round < 900; round++) {
      let payload: Buffer;
      const choice = round % 3;
      if (choice === 0) payload = Buffer.from(Array.from({ length: random.int(600) }, () => random.int(256)));
      else if (choice === 1) payload = Buffer.from(`${randomText(random, 300)}\n`);
      else payload = Buffer.from(mutate(valid, random));
      const answer = await exchange(socketPath, payload);
      const context = `round ${round} (FUZZ_SEED=${seed})`;
      const lines = answer.split("\n").filter(Boolean);
      expect(lines.length, context).toBeLessThanOrEqual(1);
      if (lines.length === 0) {
        kinds.none = (kinds.none ?? 0) + 1;
        continue;
      }
      const parsed = parseServerMessage(lines[0]!);
      expect(parsed.ok, `${context}: ${lines[0]}`).toBe(true);
      if (!parsed.ok) continue;
      const kind = parsed.message.type === "error" ? `error:${parsed.message.error}` : parsed.message.type;
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      if (parsed.message.type === "mfa-code-response") expect(choice, context).toBe(2); // only a request with the secret gets a code
      if (choice !== 2) expect(answer, context).not.toContain(secret); // (a mutated request may echo its own secret back as its id)
    }
    console.log(`prompt server fuzz: 900 connections, answers ${JSON.stringify(kinds)}, prompts shown ${shown.length}`);
    expect(shown.length).toBeGreaterThanOrEqual(kinds["mfa-code-response"] ?? 0); // a client gone first may miss its answer
    const code = await requestCodeOverIpc({ socketPath, secret, request: { profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/me", reason: "after fuzz", attempt: 1 } });
    expect(code).toBe("123456");
  });
});
