// Extension figures: the bundle's size, and activate() time (module load + activate) in a fresh
// Node process per run against a permissive fake `vscode` module (no editor here to host it).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stats } from "./measure.mjs";

const probe = String.raw`
const Module = require("node:module");
const { performance } = require("node:perf_hooks");
const noop = () => {};
function fake(path) {
  const fn = function () {};
  return new Proxy(fn, {
    get(_t, key) {
      if (key === "then") return undefined;
      if (key === Symbol.toPrimitive) return () => path;
      if (key === "dispose") return noop;
      if (key === "event" || key.toString().startsWith("onDid") || key.toString().startsWith("onWill")) return () => ({ dispose: noop });
      if (key === "get") return (_k, fallback) => fallback;
      return fake(path + "." + String(key));
    },
    set() { return true; },
    defineProperty() { return true; },
    apply() { return fake(path + "()"); },
    construct() { return fake("new " + path); },
  });
}
// A plain object (bundlers copy own properties of CommonJS modules) of permissive fakes.
const names = ["window", "commands", "workspace", "env", "languages", "extensions", "tasks", "debug", "l10n", "authentication",
  "StatusBarAlignment", "ThemeColor", "ThemeIcon", "EventEmitter", "Disposable", "Uri", "ProgressLocation", "QuickPickItemKind",
  "ViewColumn", "ConfigurationTarget", "EnvironmentVariableMutatorType", "CancellationTokenSource", "MarkdownString", "TreeItem",
  "InputBoxValidationSeverity", "LogLevel", "UIKind", "ExtensionMode"];
const vscode = Object.fromEntries(names.map((n) => [n, fake("vscode." + n)]));
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) { return request === "vscode" ? "vscode" : resolve.call(this, request, ...rest); };
require.cache.vscode = { id: "vscode", filename: "vscode", loaded: true, exports: vscode };
const subscriptions = [];
const context = new Proxy({ subscriptions, extensionPath: process.argv[2], globalStorageUri: { fsPath: process.env.HOME }, extensionUri: { fsPath: process.argv[2] } },
  { get(t, k) { return k in t ? t[k] : fake("context." + String(k)); } });
(async () => {
  const start = performance.now();
  const ext = require(process.argv[3]);
  await ext.activate(context);
  const ms = performance.now() - start;
  const sdkLoaded = Object.keys(require.cache).some((f) => f.includes("aws-sdk"));
  for (const d of subscriptions) { try { d.dispose(); } catch {} }
  if (ext.deactivate) await ext.deactivate();
  process.stdout.write(JSON.stringify({ ms, sdkLoaded }));
  process.exit(0);
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
`;

export async function measureExtension(root, runs) {
  const extDir = join(root, "apps", "vscode");
  const bundle = join(extDir, "dist", "extension.js");
  if (!existsSync(bundle)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), "mfa-session-bench-ext-"));
  const probeFile = join(dir, "probe.cjs");
  writeFileSync(probeFile, probe);
  const samples = [];
  let sdkLoaded = false;
  try {
    for (let i = 0; i < runs; i++) {
      const home = join(dir, `home-${i}`);
      const result = spawnSync("node", [probeFile, extDir, bundle], { env: { PATH: process.env.PATH, HOME: home }, encoding: "utf8", timeout: 30_000 });
      if (result.status !== 0) throw new Error(`extension activation probe failed: ${result.stderr.slice(0, 400)}`);
      const parsed = JSON.parse(result.stdout);
      samples.push(parsed.ms);
      sdkLoaded ||= parsed.sdkLoaded;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { bundleFile: "apps/vscode/dist/extension.js", bundleBytes: statSync(bundle).size, activation: stats(samples), sdkLoadedAtActivation: sdkLoaded };
}
