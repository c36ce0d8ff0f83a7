// The Windows lane's checks (run by run-lane.sh on Linux; node.exe under Wine does the Windows side).
// A Windows user's `configure` writes credential_process with node.exe and the CLI both in folders
// with spaces; botocore's Windows splitter and CreateProcess, cmd.exe (the JavaScript SDK's way) and
// the JS SDK v3 (fromIni, fromProcess) all get credentials through that line from a Linux-side
// sandbox, the code coming from mfa_process through cmd.exe; later processes are cache hits.
//   node scripts/windows/lane.mjs PATH/TO/node.exe       (WINEPREFIX set by the caller)
// Ends with "N passed, N failed"; exits 1 on any failure. Never prints credentials or codes.
import { execFileSync, spawn } from "node:child_process";
import { closeSync, copyFileSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const nodeExe = process.argv[2];
if (!nodeExe || !existsSync(nodeExe)) throw new Error("usage: lane.mjs PATH/TO/node.exe (see scripts/windows/run-lane.sh)");
const cliDist = join(root, "apps/cli/dist");
const cliLinux = join(cliDist, "mfa-session.js");
const results = { passed: 0, failed: 0 };

/** Wine maps / to Z:. */
const win = (path) => `Z:${path.replaceAll("/", "\\")}`;

let lastCheck = Date.now();
function check(name, ok, detail = "") {
  results[ok ? "passed" : "failed"]++;
  const seconds = ((Date.now() - lastCheck) / 1000).toFixed(1);
  lastCheck = Date.now();
  console.log(`${ok ? "pass" : "FAIL"}  ${name} (${seconds} s)${ok || !detail ? "" : `\n      ${detail.trim().replaceAll("\n", "\n      ")}`}`);
  return ok;
}

// The folders of a Windows user whose paths have spaces.
const work = mkdtempSync("/tmp/mfa-session-win-lane-");
const programFiles = join(work, "Program Files/nodejs");
const cliHome = join(work, "My Tools/mfa-session");
const seeds = join(work, "Users/me/seeds");
const cacheDir = join(work, "Users/me/mfa cache");
for (const dir of [programFiles, cliHome, seeds]) mkdirSync(dir, { recursive: true, mode: 0o700 });
const exe = join(programFiles, "node.exe");
try { linkSync(nodeExe, exe); } catch { copyFileSync(nodeExe, exe); }
cpSync(cliDist, join(cliHome, "dist"), { recursive: true, filter: (source) => !source.endsWith(".map") });
const cli = join(cliHome, "dist/mfa-session.js");
const configFile = join(work, "Users/me/config");
const credentialsFile = join(work, "Users/me/credentials");

const env = { ...process.env, WINEDEBUG: "-all" };
for (const name of Object.keys(env)) if (/^(AWS_|MFA_SESSION_|npm_|PNPM_|VSCODE_|TERM_PROGRAM)/i.test(name)) delete env[name];
Object.assign(env, {
  AWS_CONFIG_FILE: win(configFile),
  AWS_SHARED_CREDENTIALS_FILE: win(credentialsFile),
  MFA_SESSION_CACHE_DIR: win(cacheDir),
});

let runs = 0;
/** node.exe ARGS under Wine; its stdout and stderr go to files (node.exe cannot write to a Unix pipe). */
function runWin(args, timeoutMs = 120_000) {
  const base = join(work, `run-${++runs}`);
  const out = openSync(`${base}.out`, "w");
  const err = openSync(`${base}.err`, "w");
  return new Promise((done) => {
    const child = spawn("wine", [exe, ...args], { env, stdio: ["ignore", out, err] });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      closeSync(out);
      closeSync(err);
      done({ code: code ?? signal, stdout: readFileSync(`${base}.out`, "utf8"), stderr: readFileSync(`${base}.err`, "utf8") });
    });
  });
}

/**
 * Runs a small Windows-side script. It is bundled here with the CLI package's esbuild and AWS SDK:
 * node.exe cannot follow pnpm's symlinked node_modules under Wine (Cannot find module '@aws-sdk/core/client').
 */
async function runWinScript(name, source, args = []) {
  const file = join(work, `${name}.cjs`);
  const cliRequire = createRequire(join(root, "apps/cli/package.json"));
  await cliRequire("esbuild").build({
    stdin: { contents: source, resolveDir: join(root, "apps/cli"), loader: "js" },
    bundle: true, platform: "node", format: "cjs", target: "node20", outfile: file, logLevel: "error",
  });
  return runWin([win(file), ...args]);
}

async function startSandbox() {
  const child = spawn(process.execPath, [cliLinux, "sandbox"], { stdio: ["ignore", "pipe", "ignore"] });
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
  return { info, control, stop: () => child.kill("SIGTERM") };
}

/** botocore's own Windows splitter (pure Python), as the AWS CLI and boto3 split credential_process on Windows. */
function botocoreSplit(line) {
  const script = "import sys, json; from botocore.compat import _windows_shell_split as s; print(json.dumps(s(sys.argv[1])))";
  return JSON.parse(execFileSync("python3", ["-c", script, line], { encoding: "utf8" }));
}

// One Wine server for the whole lane (it stays 30 s after the last node.exe) instead of one per start.
execFileSync("wineserver", ["-p30"], { env, stdio: "ignore" });
const started = Date.now();
const sandbox = await startSandbox();
try {
  const user = await sandbox.control("createUser", { userName: "win", requireMfa: true });
  const device = await sandbox.control("createMfaDevice", { deviceName: "win", userName: "win" });
  const arn = `arn:aws:iam::${sandbox.info.accountId}:user/win`;
  const seedFile = join(seeds, "win.seed");
  writeFileSync(seedFile, `${device.seedBase32}\n`, { mode: 0o600 });
  writeFileSync(credentialsFile, `[win-keys]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`, { mode: 0o600 });
  writeFileSync(configFile, `[profile win-keys]\nregion = ${sandbox.info.region}\nendpoint_url = ${sandbox.info.endpoint}\n`);
  // mfa_process: a .cmd that counts its calls, then prints the code; cmd.exe runs it.
  const countFile = join(seeds, "win.count");
  const codeCmd = join(work, "My Tools/code.cmd");
  writeFileSync(codeCmd, `@echo asked>>"${win(countFile)}"\r\n@"${win(exe)}" "${win(cli)}" totp --seed-file "${win(seedFile)}"\r\n`);
  const codesAsked = () => (existsSync(countFile) ? readFileSync(countFile, "utf8").split("\n").filter((l) => l.trim()).length : 0);

  // 1. configure, run by node.exe, picks the Windows form by itself.
  const configured = await runWin([win(cli), "configure", "--profile", "win", "--source-profile", "win-keys", "--mfa-serial", device.serialNumber]);
  const expected = `"${win(exe)}" "${win(cli)}" credential-process --profile win`;
  const line = /^credential_process = (.*)$/m.exec(readFileSync(configFile, "utf8"))?.[1];
  check("configure (node.exe) writes the Windows credential_process line, paths with spaces quoted", configured.code === 0 && line === expected,
    `exit ${configured.code}\n${configured.stderr}\nwrote:    ${line}\nexpected: ${expected}`);
  if (line === undefined) throw new Error("no credential_process line to test");
  writeFileSync(configFile, `${readFileSync(configFile, "utf8").trimEnd()}\nregion = ${sandbox.info.region}\nendpoint_url = ${sandbox.info.endpoint}\nmfa_process = "${win(codeCmd)}"\n`);

  // 2. botocore (the AWS CLI, boto3): its Windows splitter, then CreateProcess of the words.
  const words = botocoreSplit(line);
  check("botocore's Windows splitter gives node.exe, the script and the arguments", JSON.stringify(words) === JSON.stringify([win(exe), win(cli), "credential-process", "--profile", "win"]), JSON.stringify(words));

  // 3. The JS SDK v3 on node.exe: fromIni, cold cache; mfa_process runs through cmd.exe.
  const sdkScript = `
const { STSClient, GetCallerIdentityCommand } = require("@aws-sdk/client-sts");
const providers = require("@aws-sdk/credential-providers");
const [kind, profile, region, endpoint] = process.argv.slice(2);
const sts = new STSClient({ region, endpoint, credentials: providers[kind]({ profile, ignoreCache: true }) });
sts.send(new GetCallerIdentityCommand({})).then((r) => console.log(r.Arn), (e) => { console.error(String(e && e.message || e).slice(0, 2000)); process.exitCode = 1; });
`;
  const sdk = (kind) => runWinScript(`sdk-${kind}`, sdkScript, [kind, "win", sandbox.info.region, sandbox.info.endpoint]);
  const first = await sdk("fromIni");
  check("JS SDK v3 fromIni on node.exe gets credentials through the line (mfa_process through cmd.exe asked once)",
    first.code === 0 && first.stdout.trim() === arn && codesAsked() === 1, `exit ${first.code}, codes asked ${codesAsked()}\n${first.stderr}`);
  const cached = readdirSafe(cacheDir).filter((name) => name.endsWith(".json"));
  check("the session is in the cache folder named by MFA_SESSION_CACHE_DIR", cached.length > 0, `cache folder: ${readdirSafe(cacheDir).join(", ")}`);

  // 4. A second process: fromProcess, a cache hit.
  const second = await sdk("fromProcess");
  check("JS SDK v3 fromProcess in a second node.exe process is a cache hit (no new code)",
    second.code === 0 && second.stdout.trim() === arn && codesAsked() === 1, `exit ${second.code}, codes asked ${codesAsked()}\n${second.stderr}`);

  // 5. The line through cmd.exe as the JS SDK runs it (exec, shell: true), and as CreateProcess gets
  //    botocore's words (spawn, shell: false).
  const spawnScript = `
const { exec, spawn } = require("node:child_process");
const [mode, payload] = process.argv.slice(2);
const done = (code, out, err) => {
  let ok = false;
  try { const j = JSON.parse(out); ok = j.Version === 1 && typeof j.AccessKeyId === "string" && typeof j.SessionToken === "string"; } catch {}
  console.log(JSON.stringify({ code, ok }));
  if (!ok) console.error(String(err).slice(0, 2000));
};
if (mode === "shell") exec(payload, (e, out, err) => done(e ? e.code : 0, out, err));
else {
  const words = JSON.parse(payload);
  const child = spawn(words[0], words.slice(1), { windowsHide: true });
  let out = "", err = "";
  child.stdout.on("data", (c) => (out += c));
  child.stderr.on("data", (c) => (err += c));
  child.on("error", (e) => { err += e.message; });
  child.on("close", (code) => done(code, out, err));
}
`;
  const viaShell = await runWinScript("spawn-shell", spawnScript, ["shell", line]);
  check("cmd.exe runs the line (node.exe exec, shell: true, as the JS SDK does): Version 1 JSON, a cache hit",
    viaShell.code === 0 && /"ok":true/.test(viaShell.stdout) && codesAsked() === 1, `${viaShell.stdout}${viaShell.stderr}`);
  const viaCreateProcess = await runWinScript("spawn-words", spawnScript, ["words", JSON.stringify(words)]);
  check("CreateProcess runs botocore's words (node.exe spawn, shell: false): Version 1 JSON, a cache hit",
    viaCreateProcess.code === 0 && /"ok":true/.test(viaCreateProcess.stdout) && codesAsked() === 1, `${viaCreateProcess.stdout}${viaCreateProcess.stderr}`);

  // 6. core's formatter on awkward words: botocore's splitter, cmd.exe and CreateProcess all give them back.
  const printer = join(work, "My Tools/print argv.cjs");
  writeFileSync(printer, "console.log(JSON.stringify(process.argv.slice(2)));\n");
  const awkward = ["two words", "C:\\my cache\\", "R&D", "x^y|z", "C:\\Program Files (x86)\\tool.exe", "plain"];
  const { formatCredentialProcessLine } = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
  const awkwardLine = formatCredentialProcessLine([win(exe), win(printer), ...awkward], "windows");
  const awkwardWords = botocoreSplit(awkwardLine);
  const argvScript = `
const { exec, execFile } = require("node:child_process");
const [mode, payload] = process.argv.slice(2);
const print = (e, out, err) => { process.stdout.write(out); if (e) console.error(String(err || e.message)); };
if (mode === "shell") exec(payload, print); else { const w = JSON.parse(payload); execFile(w[0], w.slice(1), print); }
`;
  const awkwardShell = await runWinScript("argv-shell", argvScript, ["shell", awkwardLine]);
  const awkwardSpawn = await runWinScript("argv-words", argvScript, ["words", JSON.stringify(awkwardWords)]);
  const same = (text) => { try { return JSON.stringify(JSON.parse(text)) === JSON.stringify(awkward); } catch { return false; } };
  check("core's Windows formatter: spaces, a trailing backslash, & ^ | ( ) come back whole from botocore, cmd.exe and CreateProcess",
    JSON.stringify(awkwardWords.slice(2)) === JSON.stringify(awkward) && same(awkwardShell.stdout) && same(awkwardSpawn.stdout),
    `line: ${awkwardLine}\nbotocore: ${JSON.stringify(awkwardWords.slice(2))}\ncmd.exe: ${awkwardShell.stdout}${awkwardShell.stderr}\nCreateProcess: ${awkwardSpawn.stdout}${awkwardSpawn.stderr}`);

  // Not a check: what the Go SDK v2 does on Windows (exec.Command("cmd.exe", "/C", line), Go quoting
  // the line as one argument with \" for each quote). Node's spawn without a shell quotes the same way.
  const goStyle = await runWinScript("spawn-go", spawnScript, ["go", JSON.stringify(["cmd.exe", "/C", line])]);
  console.log(`info  Go SDK v2 style (cmd.exe /C with Go's quoting) on this line: ${/"ok":true/.test(goStyle.stdout) ? "works" : `fails (${goStyle.stderr.split("\n")[0]?.trim() ?? ""})`}`);
} catch (error) {
  check("the lane ran to its end", false, String(error instanceof Error ? error.stack : error));
} finally {
  sandbox.stop();
  if (results.failed === 0 && !process.env.MFA_SESSION_KEEP_LANE) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work} for a look (node.exe's outputs are run-N.out/.err)`);
}

function readdirSafe(dir) {
  return existsSync(dir) ? readdirSync(dir) : [];
}

console.log(`${results.passed} passed, ${results.failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = results.failed === 0 ? 0 : 1;
