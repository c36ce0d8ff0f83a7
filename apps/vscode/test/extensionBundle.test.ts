// The built bundle (dist/extension.js, what the .vsix ships) activated against the fake vscode
// namespace: it wires everything up, and activation never loads the AWS SDK (core loads it on the
// first network call, from the separate dist/aws-sdk/ files).
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as fakeVscode from "./fakeVscode.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = join(root, "dist", "extension.js");
const require = createRequire(import.meta.url);
const moduleWithLoad = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown };

describe("dist/extension.js", () => {
  const context = {
    subscriptions: [] as Array<{ dispose(): unknown }>,
    environmentVariableCollection: new fakeVscode.FakeEnvironmentVariableCollection(),
    globalState: { get: () => undefined, update: async () => {} },
    globalStorageUri: { fsPath: mkdtempSync(join(tmpdir(), "mfa-session-storage-")) },
  };
  let api: { promptSocketPath: string };
  let extension: { activate(context: unknown): Promise<{ promptSocketPath: string }>; deactivate(): Promise<void> };
  let loadedBeforeActivation: string[];
  const originalLoad = moduleWithLoad._load;

  beforeAll(async () => {
    if (!existsSync(bundle)) throw new Error("dist/extension.js is missing: run `pnpm --filter mfa-session-vscode build` first.");
    moduleWithLoad._load = function load(request, parent, isMain) {
      return request === "vscode" ? fakeVscode : originalLoad.call(this, request, parent, isMain);
    };
    extension = require(bundle) as typeof extension;
    loadedBeforeActivation = Object.keys(require.cache);
    api = await extension.activate(context);
  });

  afterAll(async () => {
    for (const disposable of context.subscriptions) await disposable.dispose();
    moduleWithLoad._load = originalLoad;
  });

  it("registers every command of the manifest", async () => {
    const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { contributes: { commands: Array<{ command: string; category: string }> } };
    const registered = await fakeVscode.commands.getCommands();
    expect(manifest.contributes.commands.map((c) => c.command).sort()).toEqual([...registered].sort());
    expect(new Set(manifest.contributes.commands.map((c) => c.category))).toEqual(new Set(["MFA Session"]));
  });

  it("advertises its prompt socket to terminals", () => {
    const value = context.environmentVariableCollection.get("MFA_SESSION_VSCODE_IPC")?.value ?? "";
    expect(JSON.parse(value)).toMatchObject({ socketPath: api.promptSocketPath });
    expect(existsSync(api.promptSocketPath)).toBe(true);
  });

  it("loads no AWS SDK module when it activates", () => {
    const loaded = [...loadedBeforeActivation, ...Object.keys(require.cache)];
    expect(loaded.filter((path) => /aws-sdk|@smithy/.test(path))).toEqual([]);
    expect(existsSync(join(root, "dist", "aws-sdk", "aws-sdk__client-sts.js"))).toBe(true);
  });

  it("removes its socket and the terminal variable when deactivated", async () => {
    await extension.deactivate();
    expect(existsSync(api.promptSocketPath)).toBe(false);
    expect(context.environmentVariableCollection.get("MFA_SESSION_VSCODE_IPC")).toBeUndefined();
  });
});
