import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getSelfCommand } from "./getSelfCommand.js";

function installed() {
  const dir = mkdtempSync(join(tmpdir(), "self-"));
  const script = join(dir, "lib", "mfa-session.js");
  mkdirSync(join(dir, "lib"));
  mkdirSync(join(dir, "bin"));
  writeFileSync(script, "", { mode: 0o755 });
  symlinkSync(script, join(dir, "bin", "mfa-session"));
  writeFileSync(join(dir, "bin", "mfa-session.cmd"), "@node lib\\mfa-session.js %*\r\n", { mode: 0o755 });
  return { script, env: { PATH: join(dir, "bin") } };
}

describe(getSelfCommand.name, () => {
  it("writes plain mfa-session when that name on PATH is this very script", () => {
    const { script, env } = installed();
    expect(getSelfCommand({ env, script, execPath: "/usr/bin/node", platform: "linux" })).toEqual(["mfa-session"]);
  });

  it("writes the absolute node and script when mfa-session on PATH is another one, or absent", () => {
    const { script } = installed();
    const other = installed();
    expect(getSelfCommand({ env: other.env, script, execPath: "/usr/bin/node", platform: "linux" })).toEqual(["/usr/bin/node", script]);
    expect(getSelfCommand({ env: { PATH: "" }, script, execPath: "/usr/bin/node", platform: "darwin" })).toEqual(["/usr/bin/node", script]);
  });

  it("always writes the absolute node.exe and script on Windows, where botocore cannot start mfa-session.cmd by name", () => {
    const { script, env } = installed();
    expect(getSelfCommand({ env, script, execPath: "C:\\Program Files\\nodejs\\node.exe", platform: "win32" })).toEqual(["C:\\Program Files\\nodejs\\node.exe", script]);
  });
});
