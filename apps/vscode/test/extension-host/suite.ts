// Extension-host tests: run inside a real VS Code (code-server here, @vscode/test-electron where
// VS Code can be downloaded). The real input box cannot be typed into from here, so the tests that
// need a typed code replace window.createInputBox for their duration; the UI test types for real.
import * as assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  parsePromptServerEnv, PROMPT_SERVER_ENV, requestCodeOverIpc, UserCancelledError, type PromptServerAddress,
} from "@mfa-session/core";
import * as vscode from "vscode";

const EXTENSION_ID = "mfa-session.mfa-session-vscode";
const request = { profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/alice", reason: "extension-host test", attempt: 1 };

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** What a new integrated terminal's shell sees in PROMPT_SERVER_ENV. */
async function readTerminalAddress(): Promise<PromptServerAddress> {
  const file = join(tmpdir(), `mfa-session-exthost-${process.pid}-${Date.now()}.txt`);
  const terminal = vscode.window.createTerminal({ name: "mfa-session env check" });
  try {
    terminal.sendText(`printf '%s' "$${PROMPT_SERVER_ENV}" > '${file}'`);
    const text = await waitFor("the terminal to write the variable", () => (existsSync(file) && readFileSync(file, "utf8").length > 0 ? readFileSync(file, "utf8") : undefined));
    const address = parsePromptServerEnv(text);
    assert.ok(address, `${PROMPT_SERVER_ENV} in the terminal is not a prompt server address`);
    return address;
  } finally {
    terminal.dispose();
    rmSync(file, { force: true });
  }
}

/** Replaces window.createInputBox with a box that "types" `code` (or presses Escape when undefined). */
function withTypedCode<T>(code: string | undefined, seen: string[], run: () => Promise<T>): Promise<T> {
  const window = vscode.window as { createInputBox: typeof vscode.window.createInputBox };
  const original = window.createInputBox;
  window.createInputBox = () => {
    const change = new vscode.EventEmitter<string>();
    const hide = new vscode.EventEmitter<void>();
    const accept = new vscode.EventEmitter<void>();
    let visible = false;
    const box = {
      title: undefined as string | undefined,
      prompt: undefined as string | undefined,
      value: "",
      onDidChangeValue: change.event,
      onDidHide: hide.event,
      onDidAccept: accept.event,
      show() {
        visible = true;
        seen.push(`${box.title ?? ""} | ${box.prompt ?? ""}`);
        setTimeout(() => {
          if (code === undefined) box.hide();
          else {
            box.value = code;
            change.fire(code);
          }
        }, 50);
      },
      hide() {
        if (!visible) return;
        visible = false;
        hide.fire();
      },
      dispose() {},
    };
    return box as unknown as vscode.InputBox;
  };
  return run().finally(() => {
    window.createInputBox = original;
  });
}

describe("MFA Session extension", () => {
  let address: PromptServerAddress;

  before(async function () {
    this.timeout(60_000);
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    await extension.activate();
    address = await readTerminalAddress();
  });

  it("activates and registers every command of its manifest", async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(extension.isActive, true);
    const contributed = (extension.packageJSON.contributes.commands as Array<{ command: string }>).map((c) => c.command);
    assert.ok(contributed.length >= 10);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((id) => !registered.has(id)), []);
  });

  it("sets the prompt server variable in integrated terminals, pointing at a live socket", () => {
    assert.ok(existsSync(address.socketPath), `${address.socketPath} exists`);
    assert.ok(address.secret.length >= 32);
    const api = vscode.extensions.getExtension<{ promptSocketPath: string }>(EXTENSION_ID)!.exports;
    assert.equal(api.promptSocketPath, address.socketPath);
  });

  it("answers an authenticated request with the code typed in the input box", async () => {
    const seen: string[] = [];
    const code = await withTypedCode("424242", seen, () => requestCodeOverIpc({ ...address, request }));
    assert.equal(code, "424242");
    assert.deepEqual(seen, ["MFA code for profile work, device alice (123456789012) | Enter the 6-digit code from your authenticator (extension-host test)."]);
  });

  it("refuses a request without the secret, without showing a prompt", async () => {
    const seen: string[] = [];
    await withTypedCode("424242", seen, async () => {
      await assert.rejects(requestCodeOverIpc({ socketPath: address.socketPath, secret: "a-secret-that-is-wrong", request }), (error: unknown) => (error as { code?: string }).code === "IPC_PROTOCOL");
      const reply = await new Promise<string>((resolve, reject) => {
        const socket = createConnection(address.socketPath, () => socket.write(`${JSON.stringify({ v: 1, type: "mfa-code-request", id: "x", ...request })}\n`));
        let text = "";
        socket.setEncoding("utf8");
        socket.on("data", (chunk) => (text += chunk));
        socket.on("close", () => resolve(text));
        socket.on("error", reject);
      });
      assert.equal(JSON.parse(reply).error, "bad-request");
    });
    assert.deepEqual(seen, []);
  });

  it("cancels the caller cleanly when the person presses Escape", async () => {
    await withTypedCode(undefined, [], () => assert.rejects(requestCodeOverIpc({ ...address, request }), UserCancelledError));
  });

  it("shows the status bar command and the log without failing", async () => {
    await vscode.commands.executeCommand("mfaSession.showLog");
  });
});
