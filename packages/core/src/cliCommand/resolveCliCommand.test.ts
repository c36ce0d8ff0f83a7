import { describe, expect, it } from "vitest";
import type { CliCommandSystem } from "./cliCommandSystem.js";
import { resolveCliCommand } from "./resolveCliCommand.js";

interface Machine {
  /** name -> where it is on PATH */
  path?: Record<string, string>;
  files?: string[];
  links?: Record<string, string>;
  texts?: Record<string, string>;
  /** long -> what cmd's %~s gives */
  shorts?: Record<string, string>;
}

function fake(machine: Machine): CliCommandSystem & { shortPathCalls: string[] } {
  const files = new Set([...(machine.files ?? []), ...Object.values(machine.path ?? {}), ...Object.keys(machine.texts ?? {})]);
  const shortPathCalls: string[] = [];
  return {
    shortPathCalls,
    which: (name) => machine.path?.[name],
    exists: (path) => files.has(path) || path in (machine.links ?? {}),
    realpath: (path) => machine.links?.[path] ?? path,
    readFile: (path) => machine.texts?.[path],
    shortPath: async (path) => {
      shortPathCalls.push(path);
      return machine.shorts?.[path];
    },
  };
}

const npmShim = (script: string) => [
  "@ECHO off", "GOTO start", ":find_dp0", "SET dp0=%~dp0", "EXIT /b", ":start", "SETLOCAL", "CALL :find_dp0", "",
  'IF EXIST "%dp0%\\node.exe" (', '  SET "_prog=%dp0%\\node.exe"', ") ELSE (", '  SET "_prog=node"', "  SET PATHEXT=%PATHEXT:;.JS;=;%", ")", "",
  `endLocal & goto #_undefined_# 2>NUL || title %COMSPEC% & "%_prog%"  "%dp0%\\${script}" %*`, "",
].join("\r\n");

describe(resolveCliCommand.name, () => {
  describe("on Linux and macOS", () => {
    const script = "/home/a/.nvm/versions/node/v20.11.0/lib/node_modules/mfa-session/dist/mfa-session.js";
    const nvmNode = "/home/a/.nvm/versions/node/v20.11.0/bin/node";

    it("writes plain mfa-session when that name on PATH is this very script", async () => {
      const system = fake({ path: { "mfa-session": "/home/a/.nvm/versions/node/v20.11.0/bin/mfa-session" }, links: { "/home/a/.nvm/versions/node/v20.11.0/bin/mfa-session": script }, files: [script] });
      expect(await resolveCliCommand({ platform: "linux", env: {}, script, node: nvmNode, system })).toEqual({ words: ["mfa-session"], warnings: [] });
    });

    it("writes nvm's node and the script when mfa-session is not on PATH, warning that the line names one Node version and how to avoid it", async () => {
      const checkout = "/home/a/src/mfa-session/apps/cli/dist/mfa-session.js";
      const result = await resolveCliCommand({ platform: "linux", env: {}, script: checkout, node: nvmNode, system: fake({ files: [checkout, nvmNode] }) });
      expect(result.words).toEqual([nvmNode, checkout]);
      expect(result.warnings).toEqual([expect.stringMatching(/^credential_process runs Node\.js v20\.11\.0 from \/home\/a\/\.nvm\/versions\/node\/v20\.11\.0\/bin\/node, and stops working when that version is removed; to avoid it, install mfa-session with `npm install --global mfa-session`/)]);
    });

    it("writes fnm's default alias instead of the version folder node runs from, with no warning", async () => {
      const node = "/home/a/.local/share/fnm/node-versions/v22.3.0/installation/bin/node";
      const alias = "/home/a/.local/share/fnm/aliases/default/bin/node";
      const checkout = "/home/a/src/mfa-session/apps/cli/dist/mfa-session.js";
      expect(await resolveCliCommand({ platform: "darwin", env: {}, script: checkout, node, system: fake({ files: [node, alias, checkout] }) })).toEqual({ words: [alias, checkout], warnings: [] });
    });

    it("writes Volta's own shim for a package Volta installed", async () => {
      const volta = "/home/a/.volta/tools/image/packages/mfa-session/lib/node_modules/mfa-session/dist/mfa-session.js";
      const system = fake({ path: { "mfa-session": "/home/a/.volta/bin/mfa-session" }, links: { "/home/a/.volta/bin/mfa-session": "/home/a/.volta/bin/volta-shim" }, files: [volta] });
      expect(await resolveCliCommand({ platform: "linux", env: {}, script: volta, node: "/home/a/.volta/tools/image/node/20.11.0/bin/node", system })).toEqual({ words: ["/home/a/.volta/bin/mfa-session"], warnings: [] });
    });

    it("warns when the script is in npx's cache", async () => {
      const npx = "/home/a/.npm/_npx/0123abcd/node_modules/mfa-session/dist/mfa-session.js";
      const result = await resolveCliCommand({ platform: "linux", env: {}, script: npx, node: "/usr/bin/node", system: fake({ files: [npx] }) });
      expect(result.words).toEqual(["/usr/bin/node", npx]);
      expect(result.warnings).toEqual([expect.stringContaining("npx's cache")]);
    });

    it("without a script, writes mfa-session when it is on PATH, and says so before anything is written when it is not", async () => {
      expect(await resolveCliCommand({ platform: "linux", env: {}, system: fake({ path: { "mfa-session": "/usr/local/bin/mfa-session" } }) })).toEqual({ words: ["mfa-session"], warnings: [] });
      await expect(resolveCliCommand({ platform: "linux", env: {}, system: fake({}) })).rejects.toMatchObject({ code: "CLI_NOT_FOUND", hint: { kind: "install-cli" }, message: /mfa-session was not found in any folder on PATH/ });
    });
  });

  describe("on Windows", () => {
    const node = "C:\\Program Files\\nodejs\\node.exe";
    const npmDir = "C:\\Users\\Jane Doe\\AppData\\Roaming\\npm";
    const script = `${npmDir}\\node_modules\\mfa-session\\dist\\mfa-session.js`;
    const shorts = {
      [node]: "C:\\PROGRA~1\\nodejs\\node.exe",
      [script]: "C:\\Users\\JANEDO~1\\AppData\\Roaming\\npm\\NODE_M~1\\MFA-SE~1\\dist\\MFA-SE~1.JS",
    };
    const shortNode = "C:\\PROGRA~1\\nodejs\\node.exe";
    const shortScript = "C:\\Users\\JANEDO~1\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js";

    it("writes node.exe and the script with 8.3 short names for folders with spaces, so the Go SDK's cmd.exe /C runs it too", async () => {
      const system = fake({ files: [node, script, shortNode, shortScript], shorts, path: { "mfa-session.cmd": `${npmDir}\\mfa-session.cmd` } });
      expect(await resolveCliCommand({ platform: "win32", env: {}, script, node, system })).toEqual({ words: [shortNode, shortScript], warnings: [] });
    });

    it("keeps a path quoted when the volume gives no short name, warning that Go tools cannot run the line", async () => {
      const system = fake({ files: [node, script] });
      const result = await resolveCliCommand({ platform: "win32", env: {}, script, node, system });
      expect(result.words).toEqual([node, script]);
      expect(result.warnings).toEqual([expect.stringMatching(/quotes C:\\Program Files\\nodejs\\node\.exe and C:\\Users\\Jane Doe.*AWS SDK for Go v2.*aws\/aws-sdk-go-v2#3208/)]);
      expect(system.shortPathCalls).toEqual([node, script]);
    });

    it("asks for no short name when no folder needs quotes", async () => {
      const system = fake({ files: ["C:\\nodejs\\node.exe", "C:\\tools\\mfa-session.js"] });
      expect(await resolveCliCommand({ platform: "win32", env: {}, script: "C:\\tools\\mfa-session.js", node: "C:\\nodejs\\node.exe", system })).toEqual({ words: ["C:\\nodejs\\node.exe", "C:\\tools\\mfa-session.js"], warnings: [] });
      expect(system.shortPathCalls).toEqual([]);
    });

    it("never writes plain mfa-session, which botocore cannot start, even when it is on PATH", async () => {
      const system = fake({ files: [node, script, shortNode, shortScript], shorts, path: { "mfa-session": `${npmDir}\\mfa-session`, "mfa-session.cmd": `${npmDir}\\mfa-session.cmd` } });
      expect((await resolveCliCommand({ platform: "win32", env: {}, script, node, system })).words).toEqual([shortNode, shortScript]);
    });

    it("writes nvm-windows' symlink instead of the version folder node.exe runs from", async () => {
      const real = "C:\\Users\\a\\AppData\\Roaming\\nvm\\v20.11.0\\node.exe";
      const env = { NVM_HOME: "C:\\Users\\a\\AppData\\Roaming\\nvm", NVM_SYMLINK: "C:\\nodejs" };
      const system = fake({ files: [real, "C:\\tools\\mfa-session.js"], links: { "C:\\nodejs\\node.exe": real } });
      expect((await resolveCliCommand({ platform: "win32", env, script: "C:\\tools\\mfa-session.js", node: real, system })).words).toEqual(["C:\\nodejs\\node.exe", "C:\\tools\\mfa-session.js"]);
    });

    it("without a script, reads npm's mfa-session.cmd on PATH for the script, and takes node.exe from PATH", async () => {
      const launcher = `${npmDir}\\mfa-session.cmd`;
      const system = fake({
        path: { "mfa-session.cmd": launcher, "node.exe": node },
        texts: { [launcher]: npmShim("node_modules\\mfa-session\\dist\\mfa-session.js") },
        files: [script, shortNode, shortScript],
        shorts,
      });
      expect(await resolveCliCommand({ platform: "win32", env: {}, system })).toEqual({ words: [shortNode, shortScript], warnings: [] });
    });

    it("without a script, prefers node.exe beside the launcher, as npm's launcher does", async () => {
      const launcher = "C:\\nodejs\\mfa-session.cmd";
      const system = fake({
        path: { "mfa-session.cmd": launcher, "node.exe": node },
        texts: { [launcher]: npmShim("node_modules\\mfa-session\\dist\\mfa-session.js") },
        files: ["C:\\nodejs\\node.exe", "C:\\nodejs\\node_modules\\mfa-session\\dist\\mfa-session.js"],
      });
      expect((await resolveCliCommand({ platform: "win32", env: {}, system })).words).toEqual(["C:\\nodejs\\node.exe", "C:\\nodejs\\node_modules\\mfa-session\\dist\\mfa-session.js"]);
    });

    it("without a script, says so before anything is written when mfa-session.cmd, its script or node.exe is missing", async () => {
      const launcher = `${npmDir}\\mfa-session.cmd`;
      await expect(resolveCliCommand({ platform: "win32", env: {}, system: fake({}) })).rejects.toMatchObject({ code: "CLI_NOT_FOUND", message: /mfa-session\.cmd was not found/ });
      await expect(resolveCliCommand({ platform: "win32", env: {}, system: fake({ path: { "mfa-session.cmd": launcher }, texts: { [launcher]: "@echo off\r\n" } }) }))
        .rejects.toMatchObject({ code: "CLI_NOT_FOUND", message: /does not start an mfa-session script/ });
      await expect(resolveCliCommand({ platform: "win32", env: {}, system: fake({ path: { "mfa-session.cmd": launcher }, texts: { [launcher]: npmShim("node_modules\\mfa-session\\dist\\mfa-session.js") }, files: [script] }) }))
        .rejects.toMatchObject({ code: "CLI_NOT_FOUND", hint: { kind: "install-cli" }, message: /node\.exe was not found/ });
    });
  });
});
