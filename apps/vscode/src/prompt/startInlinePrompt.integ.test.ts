// The inline prompt over a real socket with core's IPC client: what a CLI in a terminal sees. Also
// where the socket goes when HOME is too long for one: a folder in TMPDIR that another user made
// first does not stop the prompt.
import { createConnection } from "node:net";
import { chmodSync, chownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { findPromptServer, requestCodeOverIpc, UserCancelledError, parsePromptServerEnv } from "@mfa-session/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createFakeWindow, FakeEnvironmentVariableCollection, type FakeWindow } from "../../test/fakeVscode.js";
import { corePromptIpc } from "./corePromptIpc.js";
import { createInputBoxCodeProvider } from "./createInputBoxCodeProvider.js";
import { startInlinePrompt, type InlinePrompt } from "./startInlinePrompt.js";

const request = { profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/alice", reason: "aws sts get-caller-identity", attempt: 1 };
let prompt: InlinePrompt | undefined;
const others: InlinePrompt[] = [];
afterEach(async () => {
  await prompt?.dispose();
  prompt = undefined;
  await Promise.all(others.splice(0).map((other) => other.dispose()));
});

async function start(windowId = `test-${process.pid}`, focused = true) {
  const fake = createFakeWindow();
  fake.window.state.focused = focused;
  const environment = new FakeEnvironmentVariableCollection();
  const warnings: string[] = [];
  prompt = await startInlinePrompt({
    ipc: corePromptIpc,
    windowId,
    pid: process.pid,
    clock: { now: () => Date.now() },
    logger: { debug() {}, info() {}, warn: (message) => warnings.push(message) },
    codeProvider: createInputBoxCodeProvider({ window: fake.window as never }),
    environment,
    window: fake.window as never,
    getPreferredPrompt: () => "inline",
  });
  const address = parsePromptServerEnv(environment.get("MFA_SESSION_VSCODE_IPC")?.value)!;
  return { fake, address, warnings };
}

function sendRaw(socketPath: string, payload: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = createConnection(socketPath, () => socket.write(payload));
    let reply = "";
    socket.setEncoding("utf8");
    socket.on("data", (chunk) => (reply += chunk));
    socket.on("close", () => resolve(reply));
    socket.on("error", reject);
  });
}

const typeWhenShown = (fake: FakeWindow, code: string) => fake.whenInputBoxShown((box) => box.type(code));

describe(startInlinePrompt.name, () => {
  it("answers an authenticated request with the code typed in the input box", async () => {
    const { fake, address } = await start();
    typeWhenShown(fake, "246810");
    await expect(requestCodeOverIpc({ ...address, request })).resolves.toBe("246810");
    expect(fake.inputBoxes[0]!.title).toBe("MFA code for profile work, device alice (123456789012)");
  });

  it("keeps the socket in a private folder and the discovery file findable by a caller without the variable", async () => {
    const { address } = await start();
    expect(statSync(address.socketPath).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(address.socketPath)).mode & 0o777).toBe(0o700);
    await expect(findPromptServer({ env: {} })).resolves.toMatchObject({ socketPath: address.socketPath, source: "discovery" });
  });

  it("refuses a request with the wrong secret, shows nothing, and logs it", async () => {
    const { fake, address, warnings } = await start();
    await expect(requestCodeOverIpc({ socketPath: address.socketPath, secret: "not-the-secret-at-all", request })).rejects.toMatchObject({ code: "IPC_PROTOCOL" });
    expect(fake.inputBoxes).toHaveLength(0);
    expect(warnings).toEqual(["VS Code prompt server: refused a request with a wrong secret."]);
  });

  it("refuses malformed and oversized messages and logs them", async () => {
    const { fake, address, warnings } = await start();
    expect(JSON.parse(await sendRaw(address.socketPath, "{not json\n"))).toMatchObject({ type: "error", error: "bad-request" });
    expect(JSON.parse(await sendRaw(address.socketPath, Buffer.alloc(20_000, "a")))).toMatchObject({ type: "error", error: "bad-request" });
    expect(fake.inputBoxes).toHaveLength(0);
    expect(warnings).toEqual([
      "VS Code prompt server: refused a malformed request (not a JSON object).",
      "VS Code prompt server: refused a message larger than 16 KiB.",
    ]);
  });

  it("sends callers without the variable to the window focused last", async () => {
    const first = await start("window-a", true);
    others.push(prompt!);
    const second = await start("window-b", false);
    const viaDiscovery = async () => {
      const found = await findPromptServer({ env: {} });
      return requestCodeOverIpc({ socketPath: found!.socketPath, secret: found!.secret, request });
    };
    typeWhenShown(first.fake, "111111");
    await expect(viaDiscovery()).resolves.toBe("111111");
    await new Promise((resolve) => setTimeout(resolve, 5));
    second.fake.setFocused(true);
    typeWhenShown(second.fake, "222222");
    await expect.poll(async () => (await findPromptServer({ env: {} }))?.socketPath).toBe(second.address.socketPath);
    await expect(viaDiscovery()).resolves.toBe("222222");
    expect(first.fake.inputBoxes).toHaveLength(1);
  });

  it("cancels the caller cleanly when the person presses Escape", async () => {
    const { fake, address } = await start();
    fake.whenInputBoxShown((box) => box.escape());
    await expect(requestCodeOverIpc({ ...address, request })).rejects.toBeInstanceOf(UserCancelledError);
  });

  it("closes the input box when the caller goes away", async () => {
    const { fake, address } = await start();
    const controller = new AbortController();
    fake.whenInputBoxShown(() => setTimeout(() => controller.abort(), 10));
    await expect(requestCodeOverIpc({ ...address, request, signal: controller.signal })).rejects.toBeInstanceOf(UserCancelledError);
    await expect.poll(() => fake.inputBoxes[0]?.visible).toBe(false);
  });
});

describe("the prompt socket's folder when HOME is too long for a socket path", () => {
  const saved = { HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, XDG_RUNTIME_DIR: process.env.XDG_RUNTIME_DIR };
  let base: string;
  let longHome: string;
  let tmp: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), "mfa-session-socket-dir-"));
    // Over 108 bytes before the socket's own name: no Unix socket fits under it.
    longHome = join(base, "h".repeat(50), "o".repeat(50), "me");
    mkdirSync(longHome, { recursive: true });
    tmp = join(base, "tmp");
    mkdirSync(tmp);
    // os.homedir() and os.tmpdir() follow these: the default wiring (corePromptIpc) runs as in VS Code.
    process.env.HOME = longHome;
    process.env.TMPDIR = tmp;
    delete process.env.XDG_RUNTIME_DIR;
  });
  afterEach(async () => {
    // The window first, so its socket and discovery file go before their folders.
    await prompt?.dispose();
    prompt = undefined;
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(base, { recursive: true, force: true });
  });
  /** What another local user can create before this window starts: /tmp/mfa-session-<our uid>. */
  const predictable = () => join(tmp, `mfa-session-${process.getuid!()}`);

  /** Starts the window's prompt and asks it the way a CLI without the variable does (discovery file). */
  async function startAndAsk() {
    const { fake, address } = await start();
    const found = await findPromptServer({ env: {}, homedir: longHome });
    expect(found?.socketPath).toBe(address.socketPath);
    typeWhenShown(fake, "135791");
    await expect(requestCodeOverIpc({ socketPath: found!.socketPath, secret: found!.secret, request })).resolves.toBe("135791");
    expect(Buffer.byteLength(address.socketPath)).toBeLessThanOrEqual(103);
    const folder = lstatSync(dirname(address.socketPath));
    expect(folder.isDirectory()).toBe(true);
    expect(folder.uid).toBe(process.getuid!());
    expect(folder.mode & 0o777).toBe(0o700);
    return address.socketPath;
  }

  it("uses its own short private folder in TMPDIR", async () => {
    expect(dirname(await startAndAsk())).toBe(predictable());
  });

  it("starts and answers when that folder was made open to everyone (0777)", async () => {
    mkdirSync(predictable());
    chmodSync(predictable(), 0o777);
    expect(dirname(await startAndAsk())).not.toBe(predictable());
  });

  it("starts and answers when that name is a symbolic link to another user's folder", async () => {
    const theirs = join(base, "theirs");
    mkdirSync(theirs, { mode: 0o777 });
    symlinkSync(theirs, predictable());
    expect(dirname(await startAndAsk())).not.toBe(predictable());
    expect(readdirSync(theirs)).toEqual([]);
  });

  it.skipIf(process.getuid?.() !== 0)("starts and answers when that folder belongs to another user (uid 12345; needs root to set up)", async () => {
    mkdirSync(predictable(), { mode: 0o700 });
    chownSync(predictable(), 12345, 12345);
    expect(dirname(await startAndAsk())).not.toBe(predictable());
  });
});
