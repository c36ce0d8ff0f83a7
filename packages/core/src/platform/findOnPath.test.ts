import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findOnPath } from "./findOnPath.js";

/** A Windows file system: these files exist, names compared without case. */
const windowsFiles = (...paths: string[]) => {
  const files = new Set(paths.map((path) => path.toLowerCase()));
  return (path: string) => files.has(path.toLowerCase());
};

describe(findOnPath.name, () => {
  it("finds a .cmd through PATHEXT on Windows, in PATH order, with Path spelt in any case", () => {
    const isExecutable = windowsFiles("C:\\Program Files\\nodejs\\npx.cmd", "C:\\later\\npx.exe");
    const env = { Path: "C:\\Windows\\system32;C:\\Program Files\\nodejs;C:\\later", PATHEXT: ".COM;.EXE;.BAT;.CMD" };
    expect(findOnPath("npx", env, { platform: "win32", isExecutable })).toBe("C:\\Program Files\\nodejs\\npx.cmd");
  });

  it("tries PATHEXT's extensions in its order within one folder", () => {
    const isExecutable = windowsFiles("C:\\tools\\aws.cmd", "C:\\tools\\aws.exe");
    expect(findOnPath("aws", { PATH: "C:\\tools", PATHEXT: ".EXE;.CMD" }, { platform: "win32", isExecutable })).toBe("C:\\tools\\aws.exe");
    expect(findOnPath("aws", { PATH: "C:\\tools", PATHEXT: ".CMD;.EXE" }, { platform: "win32", isExecutable })).toBe("C:\\tools\\aws.cmd");
  });

  it("uses .COM;.EXE;.BAT;.CMD when PATHEXT is not set", () => {
    const isExecutable = windowsFiles("C:\\tools\\build.bat");
    expect(findOnPath("build", { PATH: "C:\\tools" }, { platform: "win32", isExecutable })).toBe("C:\\tools\\build.bat");
  });

  it("takes a name that already has a PATHEXT extension as it is, in any case", () => {
    const isExecutable = windowsFiles("C:\\tools\\aws.cmd", "C:\\tools\\aws.CMD.exe");
    expect(findOnPath("aws.CMD", { PATH: "C:\\tools" }, { platform: "win32", isExecutable })).toBe("C:\\tools\\aws.CMD");
  });

  it("adds the extensions to a name whose extension is not in PATHEXT (python3.12)", () => {
    const isExecutable = windowsFiles("C:\\py\\python3.12.exe");
    expect(findOnPath("python3.12", { PATH: "C:\\py" }, { platform: "win32", isExecutable })).toBe("C:\\py\\python3.12.exe");
  });

  it("never finds a file without a PATHEXT extension on Windows (CreateProcess could not start it)", () => {
    const isExecutable = windowsFiles("C:\\tools\\mfa-session");
    expect(findOnPath("mfa-session", { PATH: "C:\\tools" }, { platform: "win32", isExecutable })).toBeUndefined();
  });

  it("reads quoted PATH entries and skips empty ones", () => {
    const isExecutable = windowsFiles("C:\\My Tools\\tf.exe");
    expect(findOnPath("tf", { PATH: ';"C:\\My Tools";', PATHEXT: ".EXE" }, { platform: "win32", isExecutable })).toBe("C:\\My Tools\\tf.exe");
  });

  it("looks only at the given place for a name with a folder, not along PATH", () => {
    const isExecutable = windowsFiles("C:\\work\\scripts\\build.cmd", "C:\\tools\\build.cmd");
    expect(findOnPath("C:\\work\\scripts\\build", { PATH: "C:\\tools" }, { platform: "win32", isExecutable })).toBe("C:\\work\\scripts\\build.cmd");
    expect(findOnPath(".\\build", { PATH: "C:\\tools" }, { platform: "win32", isExecutable })).toBeUndefined();
  });

  it("splits PATH at ':' on POSIX, where names are exact", () => {
    const isExecutable = (path: string) => path === "/opt/bin/aws";
    expect(findOnPath("aws", { PATH: "/usr/bin:/opt/bin", PATHEXT: ".EXE" }, { platform: "linux", isExecutable })).toBe("/opt/bin/aws");
    expect(findOnPath("AWS", { PATH: "/usr/bin:/opt/bin" }, { platform: "linux", isExecutable })).toBeUndefined();
  });

  describe("on this machine's file system", () => {
    const dir = mkdtempSync(join(tmpdir(), "find-on-path-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("finds an executable file and skips a folder and a file that is not executable", () => {
      mkdirSync(join(dir, "a", "tool"), { recursive: true });
      mkdirSync(join(dir, "b"));
      writeFileSync(join(dir, "b", "tool"), "", { mode: 0o644 });
      mkdirSync(join(dir, "c"));
      writeFileSync(join(dir, "c", "tool"), "#!/bin/sh\n", { mode: 0o755 });
      const PATH = [join(dir, "a"), join(dir, "b"), join(dir, "c")].join(":");
      expect(findOnPath("tool", { PATH }, { platform: "linux" })).toBe(join(dir, "c", "tool"));
    });
  });
});
