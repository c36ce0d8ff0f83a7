// The Windows console prompt for real: node.exe under Wine in a tmux pane (Wine makes the pane its
// console), keys typed with tmux send-keys. The terminal driver opens \\.\CONIN$ and \\.\CONOUT$, reads
// in raw mode (the console does not echo; the driver echoes digits), takes the code, cancels on
// Escape and on Ctrl-C, and leaves the console in line mode with echo (a line typed afterwards is read
// whole and shown). The CLI's credential-process, run by a Windows parent that captures its stdout and
// stderr through pipes as the AWS CLI does, asks on the console and exits 130 on Escape. Without a
// console the driver says so at once.
// What Wine cannot show, and unit tests cover instead: Wine's console holds a lone ESC byte as a
// possible Alt prefix, so Escape is pressed twice here (Wine then delivers ESC ESC), while one Escape
// on Windows is one ESC; Ctrl-C reaches the driver as SIGINT under Wine, as a key in a raw Windows
// console; Ctrl-Break (SIGBREAK) cannot be typed; Wine draws the console only on node.exe's own
// stdout, so the node.exe in the pane keeps the pane as stdout (the CLI below it has pipes).
//   called by the Windows lane: await run({ nodeExe, win, check, work })
//   alone: node scripts/windows/checks/consolePrompt.mjs PATH/TO/node.exe   (WINEPREFIX as run-lane.sh sets it)
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleForWindows, root } from "../laneTools.mjs";

const cli = join(root, "apps/cli/dist/mfa-session.js");
const TYPED_CODE = "123456"; // typed by this check, never a real code
const serial = "arn:aws:iam::123456789012:mfa/console";

// The Windows side: the real terminal driver, asked once per step; after each, a plain line read
// (console line mode, echo on) proves the console was restored.
const driverScript = `
import { execFile } from "node:child_process";
import { appendFileSync, closeSync, openSync, readSync, writeSync } from "node:fs";
import { createTtyPromptDriver } from "./src/prompt/ttyPromptDriver.ts";
const [resultFile, cli, ...steps] = process.argv.slice(2);
const record = (entry) => appendFileSync(resultFile, JSON.stringify(entry) + "\\n");
function readLine(question) {
  const outFd = openSync("\\\\\\\\.\\\\CONOUT$", "r+");
  const inFd = openSync("\\\\\\\\.\\\\CONIN$", "r+");
  try {
    writeSync(outFd, question + " ");
    const buffer = Buffer.alloc(256);
    return buffer.toString("utf8", 0, readSync(inFd, buffer, 0, buffer.length, null)).replace(/\\r?\\n$/, "");
  } finally { closeSync(inFd); closeSync(outFd); }
}
(async () => {
  const driver = createTtyPromptDriver();
  for (const step of steps) {
    if (step === "cli") {
      // As botocore runs credential_process on Windows: CreateProcess, stdout and stderr captured.
      const child = await new Promise((done) => execFile(process.execPath, [cli, "credential-process", "--profile", "console"],
        (error, stdout, stderr) => done({ exitCode: error ? error.code : 0, stdout, stderr })));
      record({ step, ...child });
      continue;
    }
    try {
      const code = await driver.ask({ profile: step, mfaSerial: ${JSON.stringify(serial)}, reason: "check", attempt: 1 });
      record({ step, typed: code === ${JSON.stringify(TYPED_CODE)} });
    } catch (error) {
      record({ step, error: error.code ?? String(error) });
    }
    if (step !== "no-console") record({ step, line: readLine(step + " over, type a line:") });
  }
})();
`;

export async function run({ nodeExe, win, check, work }) {
  const dir = join(work, "console-prompt");
  mkdirSync(dir, { recursive: true });
  const env = { ...process.env, WINEDEBUG: "-all", TERM: "xterm" };
  for (const name of Object.keys(env)) if (/^(AWS_|MFA_SESSION_|VSCODE_|TERM_PROGRAM|TMUX)/i.test(name)) delete env[name];
  if (spawnSync("tmux", ["-V"]).status !== 0) return check("console prompt: tmux is installed (it types into the Wine console)", false, "apt-get install tmux");

  const script = join(dir, "driver.cjs");
  const tmux = (...args) => spawnSync("tmux", ["-S", join(dir, "tmux.sock"), ...args], { env, encoding: "utf8" });
  const pane = () => tmux("capture-pane", "-p", "-t", "check").stdout ?? "";
  /** Waits (polling) until the pane or a file shows what the step expects; a bound, not a measurement. */
  async function until(what, test, ms = 60_000) {
    for (const end = Date.now() + ms; Date.now() < end; await new Promise((done) => setTimeout(done, 200))) if (test()) return true;
    throw new Error(`waited ${ms / 1000} s for ${what}\n--- pane ---\n${pane().trimEnd()}`);
  }
  /** Starts node.exe with `args` as the tmux pane's program, the pane its stdout: Wine draws the console there only. */
  function startInPane(args) {
    const quote = (word) => `'${word.replaceAll("'", "'\\''")}'`;
    tmux("kill-server");
    tmux("-f", "/dev/null", "new-session", "-d", "-s", "check", "-x", "160", "-y", "40", `${["wine", nodeExe, ...args].map(quote).join(" ")}; sleep 600`);
  }
  const results = join(dir, "results.jsonl");
  const result = (step, field) => {
    const lines = existsSync(results) ? readFileSync(results, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)) : [];
    return lines.find((entry) => entry.step === step && field in entry);
  };
  const promptShown = (step) => new RegExp(`MFA code for ${step} \\(${serial.replaceAll("/", "\\/")}\\):`).test(pane());

  try {
    await bundleForWindows(driverScript, script);
    // 1. The driver: a code, Escape, Ctrl-C; the console restored after each. 2. The CLI below a capturing parent.
    const config = join(dir, "config");
    const credentials = join(dir, "credentials");
    writeFileSync(config, `[profile keys]\nregion = us-east-1\nendpoint_url = http://127.0.0.1:9\n\n[profile console]\nsource_profile = keys\nmfa_serial = ${serial}\nregion = us-east-1\nendpoint_url = http://127.0.0.1:9\n`);
    writeFileSync(credentials, "[keys]\naws_access_key_id = AKIAEXAMPLECONSOLE01\naws_secret_access_key = example-secret-not-real\n", { mode: 0o600 });
    Object.assign(env, { AWS_CONFIG_FILE: win(config), AWS_SHARED_CREDENTIALS_FILE: win(credentials), MFA_SESSION_CACHE_DIR: win(join(dir, "cache")) });
    if (!existsSync(cli)) throw new Error(`${cli} is missing: build the CLI first (pnpm --filter mfa-session build)`);
    startInPane([win(script), win(results), win(cli), "answer", "escape", "ctrl-c", "cli"]);
    await until("the first prompt", () => promptShown("answer") || result("answer", "error"));
    if (result("answer", "error")) throw new Error(`the driver did not ask: ${JSON.stringify(result("answer", "error"))}`);
    tmux("send-keys", "-t", "check", "-l", `x${TYPED_CODE.slice(0, 2)}9`);
    tmux("send-keys", "-t", "check", "BSpace");
    tmux("send-keys", "-t", "check", "-l", TYPED_CODE.slice(2));
    await until("the code", () => result("answer", "typed"));
    const answerLine = pane().split("\n").find((line) => line.includes("MFA code for answer")) ?? "";
    check("console prompt (node.exe, CONIN$/CONOUT$ in raw mode): takes six digits with a backspace; the console echoes nothing, the driver echoes the digits",
      result("answer", "typed").typed === true && answerLine.trimEnd().endsWith(`: ${TYPED_CODE}`) && !answerLine.includes("x"),
      `result ${JSON.stringify(result("answer", "typed"))}\npane line: ${answerLine}`);
    const restored = async (step, typed) => {
      await until(`the line read after ${step}`, () => pane().includes(`${step} over, type a line:`));
      tmux("send-keys", "-t", "check", "-l", typed);
      tmux("send-keys", "-t", "check", "Enter");
      await until(`the line after ${step}`, () => result(step, "line"));
      const shown = pane().split("\n").some((line) => line.includes(`${step} over, type a line: ${typed}`));
      return check(`console prompt: after ${step} the console is back in line mode with echo (a typed line is read whole and shown)`,
        result(step, "line").line === typed && shown, `read ${JSON.stringify(result(step, "line"))}\n--- pane ---\n${pane().trimEnd()}`);
    };
    await restored("answer", "abc");
    await until("the Escape prompt", () => promptShown("escape"));
    tmux("send-keys", "-t", "check", "-l", "12");
    tmux("send-keys", "-t", "check", "Escape", "Escape");
    await until("the Escape outcome", () => result("escape", "error") || result("escape", "typed"));
    check("console prompt: Escape cancels (UserCancelledError)", result("escape", "error")?.error === "CANCELLED", JSON.stringify(result("escape", "error") ?? result("escape", "typed")));
    await restored("escape", "def");
    await until("the Ctrl-C prompt", () => promptShown("ctrl-c"));
    tmux("send-keys", "-t", "check", "C-c");
    await until("the Ctrl-C outcome", () => result("ctrl-c", "error") || result("ctrl-c", "typed"));
    check("console prompt: Ctrl-C cancels (UserCancelledError) and node.exe lives on to restore the console",
      result("ctrl-c", "error")?.error === "CANCELLED", JSON.stringify(result("ctrl-c", "error") ?? result("ctrl-c", "typed")));
    await restored("ctrl-c", "ghi");

    await until("the CLI's prompt", () => promptShown("console"));
    tmux("send-keys", "-t", "check", "Escape", "Escape");
    await until("the CLI to exit", () => result("cli", "exitCode"));
    const cancelled = result("cli", "exitCode");
    check("credential-process on node.exe, stdout and stderr captured by its caller: asks on the console, exits 130 on Escape, nothing on stdout",
      cancelled.exitCode === 130 && cancelled.stdout === "" && !/No way to ask/.test(cancelled.stderr), `exit ${cancelled.exitCode}\nstdout: ${cancelled.stdout}\nstderr: ${cancelled.stderr}`);

    // 3. No console at all (a service, a detached process): the driver says so at once instead of waiting.
    tmux("kill-server");
    const out = openSync(join(dir, "no-console.out"), "w");
    const child = spawn("wine", [nodeExe, win(script), win(results), win(cli), "no-console"], { env, stdio: ["ignore", out, out] });
    await new Promise((done) => child.on("close", done));
    closeSync(out);
    check("console prompt: node.exe without a console is told there is none (PromptUnavailableError), so the next source is tried",
      result("no-console", "error")?.error === "PROMPT_UNAVAILABLE", JSON.stringify(result("no-console", "error") ?? result("no-console", "typed")));
  } catch (error) {
    check("console prompt: the check ran to its end", false, String(error instanceof Error ? error.message : error));
  } finally {
    tmux("kill-server");
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const nodeExe = process.argv[2];
  if (!nodeExe || !existsSync(nodeExe)) throw new Error("usage: consolePrompt.mjs PATH/TO/node.exe (scripts/windows/install-node-win.sh prints it)");
  process.env.WINEPREFIX ??= join(dirname(nodeExe), "../../../prefix");
  const work = mkdtempSync("/tmp/mfa-session-console-prompt-");
  const counts = { passed: 0, failed: 0 };
  const check = (name, ok, detail = "") => {
    counts[ok ? "passed" : "failed"]++;
    console.log(`${ok ? "pass" : "FAIL"}  ${name}${ok || !detail ? "" : `\n      ${detail.trim().replaceAll("\n", "\n      ")}`}`);
    return ok;
  };
  await run({ nodeExe, win: (path) => `Z:${path.replaceAll("/", "\\")}`, check, work });
  if (counts.failed === 0) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work} for a look`);
  console.log(`${counts.passed} passed, ${counts.failed} failed`);
  process.exitCode = counts.failed === 0 ? 0 : 1;
}
