// Windows lane check (issue 15, item 4): `mfa-session exec`, run by node.exe under Wine, finds a .cmd
// child by its bare name through PATH and PATHEXT and starts it through cmd.exe with its arguments
// whole (spaces, & | ^ < > ( ), an inner quote, a trailing backslash), passes its exit code through,
// refuses an argument with %, and starts a .exe (node.exe) directly; `export --format cmd` lines run
// by cmd.exe set the variables. The session comes from a cache entry written here (a
// made-up profile and made-up keys), so the check needs no sandbox.
//   import { run } from "./checks/exec.mjs"; await run({ nodeExe, cliWin, win, check, work, env })
//   nodeExe: node.exe (Linux path); cliWin: the CLI script (Windows path); win(path): Z:\... for a
//   Linux path; check(name, ok, detail): records a result; work: a scratch folder; env: Wine's environment.
import { spawn } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const PROFILE = "exec-check";
// Made-up values in the documented example shape: nothing here is or was ever a credential.
const KEY_ID = "ASIAEXECCHECKEXAMPLE";

export async function run({ nodeExe, cliWin, win, check, work, env }) {
  const dir = join(work, "exec check");
  const bin = join(dir, "bin dir");
  mkdirSync(bin, { recursive: true });
  const files = await prepareCachedSession(dir);
  const wineEnv = {
    ...env,
    AWS_CONFIG_FILE: win(files.configFile),
    AWS_SHARED_CREDENTIALS_FILE: win(files.credentialsFile),
    MFA_SESSION_CACHE_DIR: win(files.cacheDir),
    // Wine builds the Windows PATH from its registry; WINEPATH is put in front of it.
    WINEPATH: `${win(bin)};${win(dirname(nodeExe))}`,
  };
  let runs = 0;
  const runWine = (program, args) => {
    const base = join(dir, `run-${++runs}`);
    return runToFiles("wine", [program, ...args], wineEnv, base);
  };

  // The child: show-args.cmd hands its arguments (%*) to node.exe, which writes them down, then exits 7.
  const printed = join(dir, "printed.json");
  const printer = join(dir, "print args.cjs");
  writeFileSync(printer, `require("node:fs").writeFileSync(${JSON.stringify(win(printed))}, JSON.stringify({ argv: process.argv.slice(2), key: process.env.AWS_ACCESS_KEY_ID, profile: process.env.AWS_PROFILE ?? null }));\n`);
  writeFileSync(join(bin, "show-args.cmd"), `@"${win(nodeExe)}" "${win(printer)}" %*\r\n@exit /b 7\r\n`);
  const args = ["arg", "with space", "a&b", "x|y^z", "<in>", "(p)", 'say "hi"', "C:\\dir\\", ""];
  const viaCmd = await runWine(nodeExe, [cliWin, "exec", "--profile", PROFILE, "--", "show-args", ...args]);
  const got = readJson(printed);
  check("exec (node.exe) finds show-args.cmd through PATHEXT and cmd.exe hands it every argument whole; exit code passed through",
    viaCmd.code === 7 && JSON.stringify(got?.argv) === JSON.stringify(args) && got?.key === KEY_ID && got?.profile === null,
    `exit ${viaCmd.code} (expected 7)\nsent: ${JSON.stringify(args)}\ngot:  ${JSON.stringify(got?.argv)}\nsession in the child: ${got?.key === KEY_ID}\n${viaCmd.stderr}`);

  const refused = await runWine(nodeExe, [cliWin, "exec", "--profile", PROFILE, "--", "show-args", "100%"]);
  check("exec refuses an argument with % for a .cmd child, and says which one",
    refused.code !== 0 && refused.code !== 7 && /Argument 1 .*%/.test(refused.stderr), `exit ${refused.code}\n${refused.stderr}`);

  const viaExe = await runWine(nodeExe, [cliWin, "exec", "--profile", PROFILE, "--", "node", win(printer), "a&b", "with space"]);
  const gotExe = readJson(printed);
  check("exec finds node.exe through PATHEXT and starts it directly",
    viaExe.code === 0 && JSON.stringify(gotExe?.argv) === JSON.stringify(["a&b", "with space"]) && gotExe?.key === KEY_ID,
    `exit ${viaExe.code}\ngot: ${JSON.stringify(gotExe?.argv)}\n${viaExe.stderr}`);

  // export --format cmd: the set lines, saved as a .cmd and called, set the variables in cmd.exe.
  // (The help's `for /f ... do @%i` runs each line the same way; Wine's cmd.exe cannot run a command
  // that comes whole from a for variable, so the check calls the saved lines.)
  const exported = await runWine(nodeExe, [cliWin, "export", "--profile", PROFILE, "--format", "cmd"]);
  const lines = join(dir, "exported.cmd");
  writeFileSync(lines, exported.stdout);
  const readBack = join(dir, "read back.cmd");
  const echoed = join(dir, "echoed.txt");
  writeFileSync(readBack, `@echo off\r\ncall "${win(lines)}"\r\n>"${win(echoed)}" echo %AWS_ACCESS_KEY_ID%^|%AWS_CREDENTIAL_EXPIRATION%^|%AWS_REGION%\r\n`);
  const called = await runWine("cmd.exe", ["/d", "/c", win(readBack)]);
  const line = readText(echoed).trim();
  check("export --format cmd: cmd.exe runs the set lines and has AWS_ACCESS_KEY_ID, the expiration and the region",
    exported.code === 0 && called.code === 0 && new RegExp(`^${KEY_ID}\\|\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\|us-east-1$`).test(line),
    `export exit ${exported.code}, cmd.exe exit ${called.code}\nread back: ${line.replace(/^ASIA\w+/, "<key id>")}\n${exported.stderr}${called.stderr}`);
}

/** A made-up profile whose MFA session is in the cache, as the build's warm-up makes one (fastPath/warmUpHit.ts). */
async function prepareCachedSession(dir) {
  const { createSessionCache, getSessionCacheKeys, loadProfile } = await import(pathToFileURL(join(root, "packages/core/dist/index.js")).href);
  const configFile = join(dir, "config");
  const credentialsFile = join(dir, "credentials");
  const cacheDir = join(dir, "cache");
  writeFileSync(configFile, `[profile ${PROFILE}]\nregion = us-east-1\nmfa_session_source_profile = ${PROFILE}-keys\nmfa_serial = arn:aws:iam::000000000000:mfa/exec-check\n`);
  writeFileSync(credentialsFile, `[${PROFILE}-keys]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = exec-check-not-a-secret\n`);
  const env = { HOME: dir, AWS_CONFIG_FILE: configFile, AWS_SHARED_CREDENTIALS_FILE: credentialsFile };
  const profile = await loadProfile({ profile: PROFILE, env, homedir: dir });
  const key = getSessionCacheKeys(profile).mfaSession;
  await createSessionCache({ dir: cacheDir }).write(
    key,
    { kind: "mfa-session", profile: PROFILE, mfaSerial: profile.mfaSerial, sourceProfile: `${PROFILE}-keys` },
    { accessKeyId: KEY_ID, secretAccessKey: "exec-check-not-a-secret", sessionToken: "exec-check-not-a-token", expiration: new Date(Date.now() + 3_600_000) },
  );
  return { configFile, credentialsFile, cacheDir };
}

/** A Windows program under Wine with stdout and stderr in files (node.exe cannot write to a Unix pipe). */
function runToFiles(command, args, env, base, timeoutMs = 120_000) {
  const out = openSync(`${base}.out`, "w");
  const err = openSync(`${base}.err`, "w");
  return new Promise((done) => {
    const child = spawn(command, args, { env, stdio: ["ignore", out, err] });
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      closeSync(out);
      closeSync(err);
      done({ code: code ?? signal, stdout: readText(`${base}.out`), stderr: readText(`${base}.err`) });
    });
  });
}

function readText(path) {
  try { return readFileSync(path, "utf8"); } catch { return ""; }
}

function readJson(path) {
  try { return JSON.parse(readFileSync(path, "utf8")); } catch { return undefined; }
}
