// The terminal prompt in a real terminal (tmux): the AWS CLI runs our credential_process with its
// stdout and stderr captured; the prompt appears on the tty anyway, a wrong code gets a re-prompt,
// the right one (from oathtool) is accepted, and the CLI prints the caller identity. Ctrl-C cancels (130).
// A terminal outside VS Code is asked even while a VS Code window advertises itself in a discovery file.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  createPromptSecret, formatPromptServerEnv, preparePromptSocket, startPromptServer, writeDiscoveryFile, type PromptCodeRequest, type PromptServer,
} from "@mfa-session/core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { currentCode, wrongCode } from "./support/codes.js";
import { CLI, configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";
import { startTmuxSession, type TmuxSession } from "./support/tmuxSession.js";

let world: MfaWorld;
let user: MfaUser;
const sessions: TmuxSession[] = [];
const servers: PromptServer[] = [];

beforeAll(async () => {
  world = await startMfaWorld();
  user = await world.addUser("tty-user");
  await configureProfile(world, user, "tty");
});
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
  await world.assertClean();
});
afterAll(async () => {
  for (const session of sessions) session.kill();
  await world?.stop();
});

function shellScript(name: string, body: string, extraEnv: Record<string, string> = {}): string {
  const exports = [...Object.keys(extraEnv), "HOME", "AWS_CONFIG_FILE", "AWS_SHARED_CREDENTIALS_FILE", "MFA_SESSION_CACHE_DIR", "PATH", "AWS_EC2_METADATA_DISABLED"]
    .map((key) => `export ${key}='${extraEnv[key] ?? world.env[key] ?? ""}'`);
  const path = join(world.home, `${name}.sh`);
  writeFileSync(path, ["unset DISPLAY WAYLAND_DISPLAY MFA_SESSION_PROMPT MFA_SESSION_VSCODE_IPC", ...exports, body, "sleep 60", ""].join("\n"), { mode: 0o700 });
  return path;
}

async function waitForFile(path: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path) || readFileSync(path, "utf8") === "") {
    if (Date.now() > deadline) throw new Error(`${path} did not appear`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return readFileSync(path, "utf8");
}

/** A VS Code window's prompt server (core's, as the extension runs it) that records what it is asked. */
async function startWindow(id: string, answer: () => string) {
  const secret = createPromptSecret();
  world.secrets.values.add(secret);
  const requests: PromptCodeRequest[] = [];
  const { socketPath } = await preparePromptSocket({ id, homedir: world.home });
  servers.push(await startPromptServer({ socketPath, secret, onCodeRequest: async (request) => (requests.push(request), answer()) }));
  return { socketPath, secret, requests };
}

describe("the terminal prompt", () => {
  it("asks on the tty while the AWS CLI captures output, re-asks after a wrong code, and accepts the right one", async () => {
    const out = join(world.home, "tty-out.json");
    const err = join(world.home, "tty-err.txt");
    const done = join(world.home, "tty-done.txt");
    const script = shellScript("tty", `aws sts get-caller-identity --profile tty --endpoint-url ${world.sandbox.endpoint} --output json > '${out}' 2> '${err}'\necho "EXIT=$?" > '${done}'`);
    const tmux = startTmuxSession("prompt", `/bin/sh ${script}`, world.env);
    sessions.push(tmux);
    const prompt = `MFA code for tty (${user.mfaSerial}):`;
    await tmux.waitFor(prompt);
    tmux.type(wrongCode(user.seed));
    const afterWrong = await tmux.waitFor("code was incorrect, try again");
    await tmux.waitFor(prompt, 20_000, afterWrong.indexOf("code was incorrect, try again"));
    const code = execFileSync("oathtool", ["--totp", "-b", user.seed], { encoding: "utf8" }).trim();
    tmux.type(code);
    expect(await waitForFile(done)).toBe("EXIT=0\n");
    expect(JSON.parse(readFileSync(out, "utf8")).Arn).toBe(`arn:aws:iam::${world.sandbox.accountId}:user/tty-user`);
    world.secrets.codes.add(code);
    // The AWS CLI's captured stderr (where our credential_process stderr would surface) and our logs stay clean.
    const { assertNoSecrets } = await import("./support/assertNoSecrets.js");
    assertNoSecrets(readFileSync(err, "utf8"), world.secrets, "the AWS CLI's stderr");
    await world.assertClean(["tty"]);
  });

  it("cancels with exit code 130 on Ctrl-C", async () => {
    const done = join(world.home, "cancel-done.txt");
    const script = shellScript("cancel", `"${process.execPath}" "${CLI}" login --profile tty --force 2> '${join(world.home, "cancel-err.txt")}'\necho "EXIT=$?" > '${done}'`);
    const tmux = startTmuxSession("cancel", `/bin/sh ${script}`, world.env);
    sessions.push(tmux);
    await tmux.waitFor(`MFA code for tty (${user.mfaSerial}):`);
    tmux.type("12");
    tmux.key("C-c");
    expect(await waitForFile(done)).toBe("EXIT=130\n");
    const { assertNoSecrets } = await import("./support/assertNoSecrets.js");
    assertNoSecrets(readFileSync(join(world.home, "cancel-err.txt"), "utf8"), world.secrets, "stderr of the cancelled login");
  });

  it("asks on the terminal, not the VS Code window of the discovery file, when no VS Code variable is set (a terminal outside the editor, SSH)", async () => {
    const outsider = await world.addUser("outside-user");
    await configureProfile(world, outsider, "outside");
    const window = await startWindow("focused", () => currentCode(outsider.seed));
    await writeDiscoveryFile({ id: "focused", entry: { socketPath: window.socketPath, secret: window.secret, pid: process.pid, focusedAt: new Date() }, homedir: world.home });
    const done = join(world.home, "outside-done.txt");
    const script = shellScript("outside", `"${process.execPath}" "${CLI}" login --profile outside 2> '${join(world.home, "outside-err.txt")}'\necho "EXIT=$?" > '${done}'`);
    const tmux = startTmuxSession("outside", `/bin/sh ${script}`, world.env);
    sessions.push(tmux);
    await tmux.waitFor(`MFA code for outside (${outsider.mfaSerial}):`);
    const code = currentCode(outsider.seed);
    world.secrets.codes.add(code);
    tmux.type(code);
    expect(await waitForFile(done)).toBe("EXIT=0\n");
    expect(window.requests).toHaveLength(0);
  });

  it("asks the VS Code window first in its own terminal (MFA_SESSION_VSCODE_IPC set), and not the terminal", async () => {
    const insider = await world.addUser("inside-user");
    await configureProfile(world, insider, "inside");
    const window = await startWindow("own", () => {
      const code = currentCode(insider.seed);
      world.secrets.codes.add(code);
      return code;
    });
    const done = join(world.home, "inside-done.txt");
    const env = { MFA_SESSION_VSCODE_IPC: formatPromptServerEnv({ socketPath: window.socketPath, secret: window.secret }) };
    const script = shellScript("inside", `"${process.execPath}" "${CLI}" login --profile inside 2> '${join(world.home, "inside-err.txt")}'\necho "EXIT=$?" > '${done}'`, env);
    const tmux = startTmuxSession("inside", `/bin/sh ${script}`, world.env);
    sessions.push(tmux);
    expect(await waitForFile(done)).toBe("EXIT=0\n");
    expect(window.requests.map((request) => request.profile)).toEqual(["inside"]);
    expect(tmux.capture()).not.toContain("MFA code for inside");
  });
});
