// The Windows lane's plumbing (lane.mjs has the checks): node.exe under Wine with its output in files,
// Windows-side scripts bundled with the CLI's esbuild, the Linux-side sandbox, botocore's splitter.
import { execFileSync, spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Wine maps / to Z:. */
export const win = (path) => `Z:${path.replaceAll("/", "\\")}`;

/** The lines of a file that counts something (one line per event); 0 when it does not exist yet. */
export const countLines = (file) => (existsSync(file) ? readFileSync(file, "utf8").split("\n").filter((line) => line.trim()).length : 0);

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Bundles a small Windows-side CommonJS script (JS source) into `outfile` with the CLI package's esbuild,
 * its AWS SDK and core: node.exe cannot follow pnpm's symlinked node_modules under Wine (Cannot find
 * module '@aws-sdk/core/client').
 */
export async function bundleForWindows(source, outfile) {
  const cliRequire = createRequire(join(root, "apps/cli/package.json"));
  await cliRequire("esbuild").build({
    stdin: { contents: source, resolveDir: join(root, "apps/cli"), loader: "js" },
    bundle: true, platform: "node", format: "cjs", target: "node20", outfile, logLevel: "error",
    // Core loads it by import() on a keychain read only; its .node binary cannot be bundled (and the
    // Windows binary does not load under Wine: docs/keychain.md).
    external: ["@napi-rs/keyring"],
  });
}

/**
 * Runs node.exe (`exe`, a Linux path) under Wine with `env`, in `work`. node.exe cannot write to a Unix
 * pipe, so each run's stdout and stderr go to work/run-N.out and .err, read back when it ends.
 */
export function createWinRunner({ exe, env, work }) {
  let runs = 0;
  /** Starts node.exe ARGS; `result` resolves with { code, stdout, stderr } (code: the signal when killed). */
  function startWin(args, { env: extraEnv = {}, timeoutMs = 120_000 } = {}) {
    const base = join(work, `run-${++runs}`);
    const out = openSync(`${base}.out`, "w");
    const err = openSync(`${base}.err`, "w");
    const child = spawn("wine", [exe, ...args], { env: { ...env, ...extraEnv }, stdio: ["ignore", out, err] });
    const result = new Promise((done) => {
      const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        closeSync(out);
        closeSync(err);
        done({ code: code ?? signal, stdout: readFileSync(`${base}.out`, "utf8"), stderr: readFileSync(`${base}.err`, "utf8") });
      });
    });
    return { child, result };
  }
  const runWin = (args, options) => startWin(args, options).result;

  /** Bundles a small Windows-side script (bundleForWindows) into work/NAME.cjs. */
  async function bundleWinScript(name, source) {
    const file = join(work, `${name}.cjs`);
    await bundleForWindows(source, file);
    return file;
  }
  const runWinScript = async (name, source, args = [], options) => runWin([win(await bundleWinScript(name, source)), ...args], options);

  return { startWin, runWin, bundleWinScript, runWinScript };
}

/**
 * The sandbox (sandbox.mjs) in its own Linux process; `stsCalls()` counts the GetSessionToken requests
 * it received, `control(op, input)` is its admin API.
 */
export async function startLaneSandbox(countFile) {
  const child = spawn(process.execPath, [join(root, "scripts/windows/sandbox.mjs"), countFile], { stdio: ["ignore", "pipe", "inherit"] });
  const line = await new Promise((done, fail) => {
    let text = "";
    child.stdout.on("data", (chunk) => {
      text += chunk;
      if (text.includes("\n")) done(text.split("\n")[0]);
    });
    child.on("exit", (code) => fail(new Error(`the sandbox exited (${code}) before it printed its endpoint`)));
  });
  const info = JSON.parse(line);
  const control = async (op, input = {}) => {
    const response = await fetch(`${info.endpoint}/_sandbox/control`, {
      method: "POST",
      headers: { authorization: `SandboxAdmin ${info.accessKeyId}:${info.secretAccessKey}`, "content-type": "application/json" },
      body: JSON.stringify({ op, ...input }),
    });
    if (!response.ok) throw new Error(`sandbox control ${op}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  return { info, control, stsCalls: () => countLines(countFile), stop: () => child.kill("SIGTERM") };
}

/** botocore's own Windows splitter (pure Python), as the AWS CLI and boto3 split credential_process on Windows. */
export function botocoreSplit(line) {
  const script = "import sys, json; from botocore.compat import _windows_shell_split as s; print(json.dumps(s(sys.argv[1])))";
  return JSON.parse(execFileSync("python3", ["-c", script, line], { encoding: "utf8" }));
}
