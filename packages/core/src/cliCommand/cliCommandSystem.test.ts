import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCliCommandSystem } from "./cliCommandSystem.js";

describe(createCliCommandSystem.name, () => {
  it("finds an executable by its exact name in PATH's folders, and resolves links", () => {
    const dir = mkdtempSync(join(tmpdir(), "cli-system-"));
    mkdirSync(join(dir, "bin"));
    mkdirSync(join(dir, "lib"));
    writeFileSync(join(dir, "lib", "mfa-session.js"), "");
    chmodSync(join(dir, "lib", "mfa-session.js"), 0o755);
    symlinkSync(join(dir, "lib", "mfa-session.js"), join(dir, "bin", "mfa-session"));
    writeFileSync(join(dir, "lib", "not-executable"), "");
    const system = createCliCommandSystem({ env: { PATH: `${join(dir, "lib")}:${join(dir, "bin")}` }, platform: "linux" });
    expect(system.which("mfa-session")).toBe(join(dir, "bin", "mfa-session"));
    expect(system.which("not-executable")).toBeUndefined();
    expect(system.realpath(join(dir, "bin", "mfa-session"))).toBe(join(dir, "lib", "mfa-session.js"));
    expect(system.realpath(join(dir, "nothing"))).toBe(join(dir, "nothing"));
  });

  it("asks cmd.exe for a short name with the path quoted inside one verbatim /c command, and only on Windows", async () => {
    const calls: unknown[] = [];
    const run = async (file: string, args: string[], options: { windowsVerbatimArguments: boolean }) => {
      calls.push({ file, args, options });
      return "C:\\PROGRA~1\\nodejs\\node.exe\r\n";
    };
    const windows = createCliCommandSystem({ env: {}, platform: "win32", run });
    expect(await windows.shortPath("C:\\Program Files\\nodejs\\node.exe")).toBe("C:\\PROGRA~1\\nodejs\\node.exe");
    expect(calls).toEqual([{ file: "cmd.exe", args: ["/d", "/s", "/c", '"for %I in ("C:\\Program Files\\nodejs\\node.exe") do @echo %~sI"'], options: { windowsVerbatimArguments: true } }]);
    expect(await windows.shortPath("C:\\100% done\\node.exe")).toBeUndefined();
    expect(await createCliCommandSystem({ env: {}, platform: "linux", run }).shortPath("/opt/my tools/node")).toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it("gives no short name when cmd.exe fails", async () => {
    const system = createCliCommandSystem({ env: {}, platform: "win32", run: async () => { throw new Error("spawn cmd.exe ENOENT"); } });
    expect(await system.shortPath("C:\\Program Files\\nodejs\\node.exe")).toBeUndefined();
  });
});
