// The Windows lane's checks (run by run-lane.sh on Linux; node.exe under Wine does the Windows side).
// A Windows user's `configure` writes credential_process with node.exe and the CLI both in folders
// with spaces; botocore's Windows splitter and CreateProcess, cmd.exe (the JavaScript SDK's way) and
// the JS SDK v3 (fromIni, fromProcess) all get credentials through that line from a Linux-side
// sandbox, the code coming from mfa_process through cmd.exe; later processes are cache hits; 8
// node.exe callers at once on a cold cache ask for one code (the lock); the VS Code prompt server on a
// named pipe answers a CLI; then every scripts/windows/checks/*.mjs runs (each exports run(context)).
//   node scripts/windows/lane.mjs PATH/TO/node.exe       (WINEPREFIX set by the caller)
//   MFA_SESSION_LANE_REPORT=FILE                         also writes {"passed":N,"failed":N} there
// Ends with "N passed, N failed"; exits 1 on any failure. Never prints credentials or codes.
import { spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { botocoreSplit, countLines, createWinRunner, root, sleep, startLaneSandbox, win } from "./laneTools.mjs";

const nodeExe = process.argv[2];
if (!nodeExe || !existsSync(nodeExe)) throw new Error("usage: lane.mjs PATH/TO/node.exe (see scripts/windows/run-lane.sh)");
const cliDist = join(root, "apps/cli/dist");
const results = { passed: 0, failed: 0 };

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
const userHome = join(work, "Users/me");
const seeds = join(userHome, "seeds");
const cacheDir = join(userHome, "mfa cache");
for (const dir of [programFiles, cliHome, seeds]) mkdirSync(dir, { recursive: true, mode: 0o700 });
const exe = join(programFiles, "node.exe");
try { linkSync(nodeExe, exe); } catch { copyFileSync(nodeExe, exe); }
cpSync(cliDist, join(cliHome, "dist"), { recursive: true, filter: (source) => !source.endsWith(".map") });
const cli = join(cliHome, "dist/mfa-session.js");
const configFile = join(userHome, "config");
const credentialsFile = join(userHome, "credentials");

// node.exe's environment: nothing of this machine's AWS or mfa-session settings, the user's files
// named explicitly (Wine sets USERPROFILE itself, so HOME names the user's folder for the CLI).
const env = { ...process.env, WINEDEBUG: "-all" };
for (const name of Object.keys(env)) if (/^(AWS_|MFA_SESSION_|npm_|PNPM_|VSCODE_|TERM_PROGRAM)/i.test(name)) delete env[name];
Object.assign(env, {
  HOME: win(userHome),
  USERPROFILE: win(userHome),
  AWS_CONFIG_FILE: win(configFile),
  AWS_SHARED_CREDENTIALS_FILE: win(credentialsFile),
  MFA_SESSION_CACHE_DIR: win(cacheDir),
});
const { startWin, runWin, bundleWinScript, runWinScript } = createWinRunner({ exe, env, work });
const core = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);

// One Wine server for the whole lane (it stays 30 s after the last node.exe) instead of one per start.
// Exit 2: a server already runs for this prefix (install-node-win.sh's check of node.exe just started
// one, or another lane runs): it serves this lane too.
const persistent = spawnSync("wineserver", ["-p30"], { env, stdio: "ignore" });
if (persistent.status !== 0 && persistent.status !== 2) throw new Error(`wineserver -p30 failed (${persistent.status ?? persistent.signal ?? persistent.error?.message})`);
const started = Date.now();
const sandbox = await startLaneSandbox(join(work, "sts-calls.count"));
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
  const codesAsked = () => countLines(countFile);

  // 1. configure, run by node.exe, picks the Windows form by itself: node.exe and the CLI by absolute
  //    path, as botocore's splitter reads the line; each may be written in its 8.3 short form (no quotes
  //    for the Go SDK), so both are compared after Windows resolves them to their long names.
  const configured = await runWin([win(cli), "configure", "--profile", "win", "--source-profile", "win-keys", "--mfa-serial", device.serialNumber]);
  const line = /^credential_process = (.*)$/m.exec(readFileSync(configFile, "utf8"))?.[1];
  if (line === undefined) throw new Error(`configure wrote no credential_process line (exit ${configured.code}): ${configured.stderr}`);
  const words = botocoreSplit(line);
  const longNamesScript = join(work, "long-names.cjs");
  writeFileSync(longNamesScript, `const fs = require("node:fs");
console.log(JSON.stringify(process.argv.slice(2).map((p) => { try { return fs.realpathSync.native(p); } catch (e) { return e.code; } })));\n`);
  const longNames = await runWin([win(longNamesScript), ...words.slice(0, 2)]);
  check("configure (node.exe) writes credential_process naming this node.exe and this CLI by Windows paths (long or 8.3 names)",
    configured.code === 0 && longNames.stdout.trim() === JSON.stringify([win(exe), win(cli)]),
    `exit ${configured.code}\n${configured.stderr}\nwrote:    ${line}\nresolved: ${longNames.stdout.trim()} ${longNames.stderr}\nexpected: ${JSON.stringify([win(exe), win(cli)])}`);
  writeFileSync(configFile, `${readFileSync(configFile, "utf8").trimEnd()}\nregion = ${sandbox.info.region}\nendpoint_url = ${sandbox.info.endpoint}\nmfa_process = "${win(codeCmd)}"\n`);

  // 2. botocore (the AWS CLI, boto3): its Windows splitter, then CreateProcess of the words.
  check("botocore's Windows splitter gives node.exe, the script and the arguments",
    words.length === 5 && /\\node\.exe$/i.test(words[0]) && /\\mfa-session\.js$/.test(words[1]) && JSON.stringify(words.slice(2)) === JSON.stringify(["credential-process", "--profile", "win"]),
    JSON.stringify(words));

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
  const awkwardLine = core.formatCredentialProcessLine([win(exe), win(printer), ...awkward], "windows");
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

  // 7. The lock on Windows: 8 node.exe callers at once on a cold cache ask for one code. The code
  //    source (mfa_process through cmd.exe) counts its runs and holds its code back until the lane
  //    opens a gate, 5 s after the first run began, so the other callers meet the held lock.
  const gate = join(work, "lock.gate");
  const gatedTotp = await bundleWinScript("gated-totp", `
const { existsSync, readFileSync } = require("node:fs");
const { generateTotp } = require("@mfa-session/core");
const [seedFile, gateFile] = process.argv.slice(2);
const deadline = Date.now() + 50_000;
(function wait() {
  if (!existsSync(gateFile) && Date.now() < deadline) return void setTimeout(wait, 100);
  process.stdout.write(generateTotp(readFileSync(seedFile, "utf8").trim(), { timeMs: Date.now() }) + "\\n");
})();
`);
  const lockProfile = await addProfile("win8", (seedFile, countFile) =>
    `@echo asked>>"${win(countFile)}"\r\n@"${win(exe)}" "${win(gatedTotp)}" "${win(seedFile)}" "${win(gate)}"\r\n`);
  const stsBefore = sandbox.stsCalls();
  const callers = Array.from({ length: 8 }, () => runWin([win(cli), "credential-process", "--profile", "win8"], { timeoutMs: 90_000 }));
  let callersDone = false;
  void Promise.all(callers).then(() => (callersDone = true));
  while (!callersDone && lockProfile.codesAsked() === 0) await sleep(100);
  if (!callersDone) await sleep(5_000);
  writeFileSync(gate, "");
  const outcomes = await Promise.all(callers);
  const keys = outcomes.map((outcome) => parseCredentials(outcome.stdout)?.AccessKeyId);
  const succeeded = outcomes.filter((outcome, index) => outcome.code === 0 && keys[index] !== undefined).length;
  const stsCalls = sandbox.stsCalls() - stsBefore;
  check("8 node.exe credential-process at once on a cold cache: 1 mfa_process run, 1 GetSessionToken, 8 successes with one AccessKeyId",
    lockProfile.codesAsked() === 1 && stsCalls === 1 && succeeded === 8 && new Set(keys).size === 1,
    `mfa_process runs ${lockProfile.codesAsked()}, GetSessionToken ${stsCalls}, successes ${succeeded}, distinct keys ${new Set(keys.filter(Boolean)).size}, exits ${outcomes.map((o) => o.code).join(" ")}\n` +
      [...new Set(outcomes.filter((o) => o.code !== 0).map((o) => o.stderr.trim().split("\n").slice(-3).join("\n")))].join("\n"));

  // 8. The VS Code prompt server on a named pipe (core's startPromptServer in a node.exe) answers a
  //    node.exe credential-process that finds it through MFA_SESSION_VSCODE_IPC, as in a VS Code terminal.
  const pipeProfile = await addProfile("winpipe");
  const ready = join(work, "pipe.ready");
  const served = join(work, "pipe.served");
  const stop = join(work, "pipe.stop");
  const pipeServer = startWin([win(await bundleWinScript("pipe-server", `
const { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } = require("node:fs");
const { createPromptSecret, formatPromptServerEnv, generateTotp, preparePromptSocket, startPromptServer } = require("@mfa-session/core");
const [seedFile, readyFile, servedFile, stopFile] = process.argv.slice(2);
(async () => {
  const { socketPath, release } = await preparePromptSocket({ id: "lane" + process.pid });
  const secret = createPromptSecret();
  const server = await startPromptServer({ socketPath, secret, onCodeRequest: async (request) => {
    appendFileSync(servedFile, request.profile + "\\n");
    return generateTotp(readFileSync(seedFile, "utf8").trim(), { timeMs: Date.now() });
  } });
  writeFileSync(readyFile + ".tmp", formatPromptServerEnv({ socketPath, secret }), { mode: 0o600 });
  renameSync(readyFile + ".tmp", readyFile);
  const deadline = Date.now() + 100_000;
  while (!existsSync(stopFile) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 100));
  await server.close();
  await release();
})().catch((error) => { console.error(String(error && error.stack || error)); process.exitCode = 1; });
`)), win(pipeProfile.seedFile), win(ready), win(served), win(stop)]);
  let serverDone = false;
  void pipeServer.result.then(() => (serverDone = true));
  while (!serverDone && !existsSync(ready)) await sleep(100);
  const address = existsSync(ready) ? readFileSync(ready, "utf8") : "";
  const viaPipe = await runWin([win(cli), "credential-process", "--profile", "winpipe"], { env: { MFA_SESSION_VSCODE_IPC: address }, timeoutMs: 60_000 });
  writeFileSync(stop, "");
  const serverOutcome = await pipeServer.result;
  const socketPath = core.parsePromptServerEnv(address)?.socketPath ?? "";
  check("the VS Code prompt server on a named pipe (node.exe) gives the code to a node.exe credential-process (MFA_SESSION_VSCODE_IPC)",
    socketPath.startsWith("\\\\.\\pipe\\") && viaPipe.code === 0 && parseCredentials(viaPipe.stdout) !== undefined &&
      readLinesSafe(served).join(",") === "winpipe" && serverOutcome.code === 0,
    `pipe ${socketPath}, client exit ${viaPipe.code}, requests served ${readLinesSafe(served).join(",") || "none"}, server exit ${serverOutcome.code}\n${viaPipe.stderr}\n${serverOutcome.stderr}`);

  // 9. The checks other work adds: scripts/windows/checks/*.mjs, each exporting run(context).
  const checksDir = join(root, "scripts/windows/checks");
  const checkFiles = existsSync(checksDir) ? readdirSync(checksDir).filter((name) => name.endsWith(".mjs")).sort() : [];
  if (checkFiles.length === 0) console.log("info  no scripts/windows/checks/*.mjs to run");
  const context = {
    nodeExe: exe, cli, cliWin: win(cli), win, check, work, env,
    sandbox: { endpoint: sandbox.info.endpoint, region: sandbox.info.region, accountId: sandbox.info.accountId, control: sandbox.control, stsCalls: sandbox.stsCalls },
    runWin, runWinScript, addProfile,
  };
  for (const name of checkFiles) {
    try {
      const { run } = await import(pathToFileURL(join(checksDir, name)).href);
      if (typeof run !== "function") check(`scripts/windows/checks/${name} exports run(context)`, false, "no exported function run");
      else await run(context);
    } catch (error) {
      check(`scripts/windows/checks/${name} ran to its end`, false, String(error instanceof Error ? error.stack : error));
    }
  }
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

function readLinesSafe(file) {
  return existsSync(file) ? readFileSync(file, "utf8").split("\n").filter((line) => line.trim()) : [];
}

/** The Version 1 JSON of credential_process, or undefined. */
function parseCredentials(stdout) {
  try {
    const json = JSON.parse(stdout);
    return json.Version === 1 && typeof json.AccessKeyId === "string" && typeof json.SessionToken === "string" ? json : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A sandbox user with an MFA device and its profile NAME (credential_process in the Windows form,
 * source keys in NAME-keys); with `mfaCmd(seedFile, countFile)`, an mfa_process .cmd (the text it
 * returns) that counts its runs in countFile.
 */
async function addProfile(name, mfaCmd) {
  const user = await sandbox.control("createUser", { userName: name, requireMfa: true });
  const device = await sandbox.control("createMfaDevice", { deviceName: name, userName: name });
  const seedFile = join(seeds, `${name}.seed`);
  const countFile = join(seeds, `${name}.count`);
  writeFileSync(seedFile, `${device.seedBase32}\n`, { mode: 0o600 });
  const { region, endpoint } = sandbox.info;
  const line = core.formatCredentialProcessLine([win(exe), win(cli), "credential-process", "--profile", name], "windows");
  let section = `\n[profile ${name}-keys]\nregion = ${region}\nendpoint_url = ${endpoint}\n\n[profile ${name}]\n` +
    `mfa_session_source_profile = ${name}-keys\nmfa_serial = ${device.serialNumber}\ncredential_process = ${line}\nregion = ${region}\nendpoint_url = ${endpoint}\n`;
  if (mfaCmd !== undefined) {
    const cmd = join(work, `My Tools/${name} code.cmd`);
    writeFileSync(cmd, mfaCmd(seedFile, countFile));
    section += `mfa_process = "${win(cmd)}"\n`;
  }
  writeFileSync(configFile, `${readFileSync(configFile, "utf8").trimEnd()}\n${section}`);
  writeFileSync(credentialsFile, `${readFileSync(credentialsFile, "utf8").trimEnd()}\n\n[${name}-keys]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`, { mode: 0o600 });
  return { seedFile, serialNumber: device.serialNumber, arn: `arn:aws:iam::${sandbox.info.accountId}:user/${name}`, codesAsked: () => countLines(countFile) };
}

console.log(`${results.passed} passed, ${results.failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
// For `pnpm test` (scripts/test.mjs), which adds these counts to its summary.
if (process.env.MFA_SESSION_LANE_REPORT) writeFileSync(process.env.MFA_SESSION_LANE_REPORT, `${JSON.stringify(results)}\n`);
process.exitCode = results.failed === 0 ? 0 : 1;
