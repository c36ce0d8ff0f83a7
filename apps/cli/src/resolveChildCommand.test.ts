import { describe, expect, it } from "vitest";
import { resolveChildCommand } from "./resolveChildCommand.js";

const onPath = (found: Record<string, string>) => (name: string) => found[name];
const windowsEnv = { Path: "C:\\tools", PATHEXT: ".COM;.EXE;.BAT;.CMD", ComSpec: "C:\\Windows\\system32\\cmd.exe" };

describe(resolveChildCommand.name, () => {
  it("spawns the name as given on POSIX", () => {
    expect(resolveChildCommand("aws", ["s3", "ls"], { env: {}, platform: "linux" })).toEqual({ file: "aws", args: ["s3", "ls"], windowsVerbatimArguments: false });
  });

  it("starts a .exe found through PATHEXT directly on Windows", () => {
    const findOnPath = onPath({ terraform: "C:\\tools\\terraform.exe" });
    expect(resolveChildCommand("terraform", ["plan", "a b"], { env: windowsEnv, platform: "win32", findOnPath }))
      .toEqual({ file: "C:\\tools\\terraform.exe", args: ["plan", "a b"], windowsVerbatimArguments: false });
  });

  it("starts a .cmd through cmd.exe (ComSpec) with its arguments quoted", () => {
    const findOnPath = onPath({ npx: "C:\\Program Files\\nodejs\\npx.CMD" });
    expect(resolveChildCommand("npx", ["cdk", "a&b"], { env: windowsEnv, platform: "win32", findOnPath })).toEqual({
      file: "C:\\Windows\\system32\\cmd.exe",
      args: ["/d", "/e:on", "/v:off", "/s", "/c", '""C:\\Program Files\\nodejs\\npx.CMD" cdk "a&b""'],
      windowsVerbatimArguments: true,
    });
  });

  it("finds cmd.exe under SystemRoot when ComSpec is not set", () => {
    const findOnPath = onPath({ "build.bat": "C:\\w\\build.bat" });
    expect(resolveChildCommand("build.bat", [], { env: { systemroot: "C:\\Windows" }, platform: "win32", findOnPath }).file).toBe("C:\\Windows\\System32\\cmd.exe");
  });

  it("says which extensions it tried when the program is not on PATH", () => {
    expect(() => resolveChildCommand("nope", [], { env: { PATHEXT: ".EXE;.CMD" }, platform: "win32", findOnPath: onPath({}) }))
      .toThrow(/Could not find nope \(tried the extensions \.exe, \.cmd\) in any folder on PATH: check that it is installed/);
  });
});
