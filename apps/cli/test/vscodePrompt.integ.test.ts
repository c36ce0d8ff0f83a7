// The VS Code driver against core's real prompt server (what the extension runs): found through the
// variable in VS Code terminals, or through the discovery file for processes that do not inherit it;
// authenticated with the window's secret; a wrong code is re-asked through the same window; a window
// that never answers is passed over in seconds.
import { createPromptSecret, formatPromptServerEnv, generateTotp, preparePromptSocket, startPromptServer, writeDiscoveryFile, type PromptCodeRequest, type PromptServer } from "@mfa-session/core";
import { createServer, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { currentCode, wrongCode } from "./support/codes.js";
import { configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
let user: MfaUser;
let server: PromptServer | undefined;
const secret = createPromptSecret();

beforeAll(async () => {
  world = await startMfaWorld();
  world.secrets.values.add(secret);
  user = await world.addUser("code-user");
  await configureProfile(world, user, "editor");
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await world.assertClean(["editor"]);
});
afterAll(async () => {
  await world?.stop();
});

async function startWindow(answers: (request: PromptCodeRequest) => string) {
  const requests: PromptCodeRequest[] = [];
  const { socketPath } = await preparePromptSocket({ id: `w${requests.length}${Date.now() % 100000}`, homedir: world.home });
  server = await startPromptServer({
    socketPath, secret,
    onCodeRequest: async (request) => {
      requests.push(request);
      return answers(request);
    },
  });
  return { socketPath, requests };
}

describe("the VS Code prompt driver", () => {
  it("asks the window named by MFA_SESSION_VSCODE_IPC, and re-asks it after a wrong code", async () => {
    const { socketPath, requests } = await startWindow((request) => (request.attempt === 1 ? wrongCode(user.seed) : currentCode(user.seed)));
    const env = { ...world.env, MFA_SESSION_VSCODE_IPC: formatPromptServerEnv({ socketPath, secret }) };
    const result = await world.cli(["credential-process", "--profile", "editor"], { env, detached: true });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(requests.map(({ profile, mfaSerial, attempt, previousError }) => ({ profile, mfaSerial, attempt, previousError }))).toEqual([
      { profile: "editor", mfaSerial: user.mfaSerial, attempt: 1, previousError: undefined },
      { profile: "editor", mfaSerial: user.mfaSerial, attempt: 2, previousError: "invalid" },
    ]);
  });

  it("finds the window through its discovery file when the variable is not inherited", async () => {
    await world.cli(["logout", "--all"]);
    // A code of a later window: the one just used is refused as reused, and this test should not wait 30 s.
    const { socketPath, requests } = await startWindow(() => generateTotp(user.seed, { timeMs: Date.now() + 30_000 }));
    await writeDiscoveryFile({ id: "window-1", entry: { socketPath, secret, pid: process.pid, focusedAt: new Date() }, homedir: world.home });
    const result = await world.cli(["login", "--profile", "editor"], { detached: true });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(requests).toHaveLength(1);
  });

  it("passes over a window that accepts the connection but never answers, and takes the code from the next source", { timeout: 30_000 }, async () => {
    const piped = await world.addUser("frozen-window-user");
    await configureProfile(world, piped, "frozen", { mfaProcess: true });
    const { socketPath } = await preparePromptSocket({ id: "frozen", homedir: world.home });
    const held: Socket[] = [];
    const frozen = createServer((socket) => void held.push(socket));
    await new Promise<void>((resolve) => frozen.listen(socketPath, resolve));
    try {
      const env = { ...world.env, MFA_SESSION_VSCODE_IPC: formatPromptServerEnv({ socketPath, secret }), MFA_SESSION_PROMPT: "vscode,process" };
      const result = await world.cli(["credential-process", "--profile", "frozen"], { env, detached: true });
      expect(result.code).toBe(0);
      expect(held).toHaveLength(1);
      expect(world.codesAsked(piped)).toBe(1);
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise((resolve) => frozen.close(resolve));
      await world.cli(["logout", "--profile", "frozen"]);
    }
  });
});
