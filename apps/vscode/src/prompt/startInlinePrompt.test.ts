import type { DiscoveryEntry, PromptServerOptions } from "@mfa-session/core";
import { TERMINAL_FIRST_CODE_SOURCE_ORDER, formatCodeSourceOrder } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { createFakeWindow, FakeEnvironmentVariableCollection } from "../../test/fakeVscode.js";
import { startInlinePrompt, type PromptIpc } from "./startInlinePrompt.js";

function setup(options: { preferred?: "inline" | "terminal"; focused?: boolean } = {}) {
  const fake = createFakeWindow();
  fake.window.state.focused = options.focused ?? true;
  const environment = new FakeEnvironmentVariableCollection();
  const discovery: Array<{ id: string; entry: DiscoveryEntry } | { removed: string }> = [];
  let serverOptions: PromptServerOptions | undefined;
  let closed = 0;
  let released = 0;
  let now = 1_000_000;
  const sent: string[] = [];
  const ipc: PromptIpc = {
    envName: "MFA_SESSION_VSCODE_IPC",
    createPromptSecret: () => "s3cr3t-s3cr3t-s3cr3t",
    preparePromptSocket: async ({ id }) => ({ socketPath: `/private/${id}.sock`, release: async () => void (released += 1) }),
    startPromptServer: async (opts) => {
      serverOptions = opts;
      return { socketPath: opts.socketPath, close: async () => void (closed += 1) };
    },
    writeDiscoveryFile: async (entry) => {
      discovery.push(entry);
      return "/private/x.json";
    },
    removeDiscoveryFile: async ({ id }) => void discovery.push({ removed: id }),
    formatPromptServerEnv: (address) => JSON.stringify(address),
  };
  const started = startInlinePrompt({
    ipc,
    windowId: "w1",
    pid: 4242,
    clock: { now: () => now },
    logger: { debug() {}, info() {}, warn() {} },
    codeProvider: async () => "123456",
    environment,
    window: fake.window as never,
    getPreferredPrompt: () => options.preferred ?? "inline",
    onCodeSent: (request) => sent.push(request.profile),
  });
  return { fake, environment, discovery, started, server: () => serverOptions!, closed: () => closed, released: () => released, tick: (ms: number) => (now += ms), sent };
}

describe(startInlinePrompt.name, () => {
  it("listens with a per-window secret and advertises it to terminals", async () => {
    const { started, server, environment } = setup();
    const prompt = await started;
    expect(prompt.socketPath).toBe("/private/w1.sock");
    expect(server().secret).toBe("s3cr3t-s3cr3t-s3cr3t");
    expect(environment.get("MFA_SESSION_VSCODE_IPC")).toEqual({
      value: JSON.stringify({ socketPath: "/private/w1.sock", secret: "s3cr3t-s3cr3t-s3cr3t" }),
      type: "replace",
    });
    expect(environment.persistent).toBe(false);
    expect(environment.get("MFA_SESSION_PROMPT")).toBeUndefined();
  });

  it("asks the terminal before this window when the terminal prompt is preferred, keeping mfa_process first", async () => {
    const { started, environment } = setup({ preferred: "terminal" });
    await started;
    // Core's names and order, which the CLI reads back; process (the profile's mfa_process) stays ahead of a person.
    expect(environment.get("MFA_SESSION_PROMPT")?.value).toBe(formatCodeSourceOrder(TERMINAL_FIRST_CODE_SOURCE_ORDER));
    expect(environment.get("MFA_SESSION_PROMPT")?.value).toBe("token,process,tty,vscode,dialog");
  });

  it("answers requests through the code provider and reports each code sent", async () => {
    const { started, server, sent } = setup();
    await started;
    const code = await server().onCodeRequest({ id: "r1", profile: "work", mfaSerial: "arn:aws:iam::1:mfa/a", reason: "aws", attempt: 1 }, new AbortController().signal);
    expect(code).toBe("123456");
    expect(sent).toEqual(["work"]);
  });

  it("writes a discovery file and moves its focusedAt forward whenever the window gains focus", async () => {
    const { started, discovery, fake, tick } = setup({ focused: false });
    const prompt = await started;
    expect(discovery[0]).toEqual({ id: "w1", entry: { socketPath: "/private/w1.sock", secret: "s3cr3t-s3cr3t-s3cr3t", pid: 4242, focusedAt: new Date(0) } });
    tick(5000);
    fake.setFocused(true);
    fake.setFocused(false);
    await prompt.dispose();
    expect(discovery[1]).toMatchObject({ id: "w1", entry: { focusedAt: new Date(1_005_000) } });
    expect(discovery).toHaveLength(3);
    expect(discovery[2]).toEqual({ removed: "w1" });
  });

  it("on dispose closes the server, releases its folder, removes the discovery file and the terminal variable", async () => {
    const { started, closed, released, environment } = setup();
    const prompt = await started;
    await prompt.dispose();
    await prompt.dispose();
    expect(closed()).toBe(1);
    expect(released()).toBe(1);
    expect(environment.get("MFA_SESSION_VSCODE_IPC")).toBeUndefined();
  });
});
