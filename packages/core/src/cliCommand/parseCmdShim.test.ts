import { describe, expect, it } from "vitest";
import { parseCmdShim } from "./parseCmdShim.js";

// What npm's cmd-shim (npm 7 and later) writes for a package bin with `#!/usr/bin/env node`.
const npmShim = [
  "@ECHO off", "GOTO start", ":find_dp0", "SET dp0=%~dp0", "EXIT /b", ":start", "SETLOCAL", "CALL :find_dp0", "",
  'IF EXIST "%dp0%\\node.exe" (', '  SET "_prog=%dp0%\\node.exe"', ") ELSE (", '  SET "_prog=node"', "  SET PATHEXT=%PATHEXT:;.JS;=;%", ")", "",
  'endLocal & goto #_undefined_# 2>NUL || title %COMSPEC% & "%_prog%"  "%dp0%\\node_modules\\mfa-session\\dist\\mfa-session.js" %*', "",
].join("\r\n");

// What pnpm's @zkochan/cmd-shim writes (a global bin folder beside the package store).
const pnpmShim = [
  "@SETLOCAL", '@IF EXIST "%~dp0\\node.exe" (', '  "%~dp0\\node.exe"  "%~dp0\\..\\mfa-session\\dist\\mfa-session.js" %*', ") ELSE (",
  "  @SET PATHEXT=%PATHEXT:;.JS;=;%", '  node  "%~dp0\\..\\mfa-session\\dist\\mfa-session.js" %*', ")", "",
].join("\r\n");

describe(parseCmdShim.name, () => {
  it("finds the script npm's launcher starts, relative to the launcher's folder (not node.exe)", () => {
    expect(parseCmdShim(npmShim)).toBe("node_modules\\mfa-session\\dist\\mfa-session.js");
  });

  it("finds the script pnpm's launcher starts", () => {
    expect(parseCmdShim(pnpmShim)).toBe("..\\mfa-session\\dist\\mfa-session.js");
  });

  it("finds nothing in a .cmd that starts no script beside it", () => {
    expect(parseCmdShim('@echo off\r\n"C:\\Program Files\\Tool\\tool.exe" %*\r\n')).toBeUndefined();
    expect(parseCmdShim('@"%~dp0\\tool.exe" %*\r\n')).toBeUndefined();
  });
});
