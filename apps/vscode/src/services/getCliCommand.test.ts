import { describe, expect, it } from "vitest";
import { getCliCommand } from "./getCliCommand.js";

const npmDir = "C:\\Users\\Jane Doe\\AppData\\Roaming\\npm";
const launcher = `${npmDir}\\mfa-session.cmd`;
const script = `${npmDir}\\node_modules\\mfa-session\\dist\\mfa-session.js`;
const node = "C:\\Program Files\\nodejs\\node.exe";
const npmLauncherText = [
  "@ECHO off", "GOTO start", ":find_dp0", "SET dp0=%~dp0", "EXIT /b", ":start", "SETLOCAL", "CALL :find_dp0", "",
  'IF EXIST "%dp0%\\node.exe" (', '  SET "_prog=%dp0%\\node.exe"', ") ELSE (", '  SET "_prog=node"', "  SET PATHEXT=%PATHEXT:;.JS;=;%", ")", "",
  'endLocal & goto #_undefined_# 2>NUL || title %COMSPEC% & "%_prog%"  "%dp0%\\node_modules\\mfa-session\\dist\\mfa-session.js" %*', "",
].join("\r\n");

/** A Windows machine where npm installed mfa-session globally, as seen through PATH and the file system. */
function windowsMachine(options: { installed: boolean; shortNames: boolean }) {
  const files = new Set(options.installed ? [launcher, script, node] : [node]);
  const shorts: Record<string, string> = options.shortNames
    ? { [node]: "C:\\PROGRA~1\\nodejs\\node.exe", [script]: "C:\\Users\\JANEDO~1\\AppData\\Roaming\\npm\\NODE_M~1\\MFA-SE~1\\dist\\MFA-SE~1.JS" }
    : {};
  if (options.shortNames) for (const path of ["C:\\PROGRA~1\\nodejs\\node.exe", "C:\\Users\\JANEDO~1\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js"]) files.add(path);
  const onPath: Record<string, string> = { "node.exe": node, ...(options.installed ? { "mfa-session.cmd": launcher } : {}) };
  return {
    which: (name: string) => onPath[name],
    exists: (path: string) => files.has(path),
    realpath: (path: string) => path,
    readFile: (path: string) => (path === launcher && options.installed ? npmLauncherText : undefined),
    shortPath: async (path: string) => shorts[path],
  };
}

describe(getCliCommand.name, () => {
  it("runs a .js cliPath with node, and takes another cliPath as it is", async () => {
    const system = { exists: (path: string) => ["/opt/cli/mfa-session.mjs", "/my tools/mfa-session"].includes(path) };
    expect((await getCliCommand({ cliPath: "/opt/cli/mfa-session.mjs", platform: "linux", env: {}, system })).words).toEqual(["node", "/opt/cli/mfa-session.mjs"]);
    expect((await getCliCommand({ cliPath: "/my tools/mfa-session", platform: "linux", env: {}, system })).words).toEqual(["/my tools/mfa-session"]);
  });

  it("fails before anything is written when cliPath names a file that does not exist, with the hint whose buttons install the CLI or open the setting", async () => {
    await expect(getCliCommand({ cliPath: "/gone/mfa-session.js", platform: "linux", env: {}, system: { exists: () => false } }))
      .rejects.toMatchObject({ code: "CLI_NOT_FOUND", hint: { kind: "install-cli" }, message: expect.stringContaining("/gone/mfa-session.js") });
  });

  it("without cliPath on Linux, fails before anything is written when mfa-session is not on PATH", async () => {
    await expect(getCliCommand({ cliPath: "", platform: "linux", env: {}, system: { which: () => undefined } }))
      .rejects.toMatchObject({ code: "CLI_NOT_FOUND", hint: { kind: "install-cli" } });
  });

  it("without cliPath on Linux and macOS, writes mfa-session when it is on PATH", async () => {
    const system = { which: (name: string) => (name === "mfa-session" ? "/usr/local/bin/mfa-session" : undefined) };
    expect(await getCliCommand({ cliPath: undefined, platform: "darwin", env: {}, system })).toEqual({ words: ["mfa-session"], warnings: [] });
  });

  it("without cliPath on Windows, writes node.exe and the script npm's mfa-session.cmd starts, as `mfa-session configure` does (not plain mfa-session, which botocore cannot start)", async () => {
    const result = await getCliCommand({ cliPath: "", platform: "win32", env: {}, system: windowsMachine({ installed: true, shortNames: true }) });
    expect(result).toEqual({ words: ["C:\\PROGRA~1\\nodejs\\node.exe", "C:\\Users\\JANEDO~1\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js"], warnings: [] });
  });

  it("without cliPath on Windows, keeps the long paths and warns about Go tools when the volume has no short names", async () => {
    const result = await getCliCommand({ cliPath: undefined, platform: "win32", env: {}, system: windowsMachine({ installed: true, shortNames: false }) });
    expect(result.words).toEqual([node, script]);
    expect(result.warnings).toEqual([expect.stringContaining("AWS SDK for Go v2")]);
  });

  it("without cliPath on Windows, fails before anything is written when mfa-session is not installed", async () => {
    await expect(getCliCommand({ cliPath: undefined, platform: "win32", env: {}, system: windowsMachine({ installed: false, shortNames: true }) }))
      .rejects.toMatchObject({ code: "CLI_NOT_FOUND", hint: { kind: "install-cli" } });
  });
});
