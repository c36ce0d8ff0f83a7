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
  it("writes plain mfa-session when that name on PATH is this very script", async () => {
    const { script, env } = installed();
    expect(await getSelfCommand({ env, script, execPath: "/usr/bin/node", platform: "linux" })).toEqual({ words: ["mfa-session"], warnings: [] });
  });

  it("writes the absolute node and script when mfa-session on PATH is another one, or absent", async () => {
    const { script } = installed();
    const other = installed();
    expect((await getSelfCommand({ env: other.env, script, execPath: "/usr/bin/node", platform: "linux" })).words).toEqual(["/usr/bin/node", script]);
    expect((await getSelfCommand({ env: { PATH: "" }, script, execPath: "/usr/bin/node", platform: "darwin" })).words).toEqual(["/usr/bin/node", script]);
  });

  it("warns when the node it must write is one version that nvm removes on uninstall", async () => {
    const { script } = installed();
    const result = await getSelfCommand({ env: { PATH: "" }, script, execPath: "/home/a/.nvm/versions/node/v20.11.0/bin/node", platform: "linux" });
    expect(result.words).toEqual(["/home/a/.nvm/versions/node/v20.11.0/bin/node", script]);
    expect(result.warnings).toEqual([expect.stringContaining("Node.js v20.11.0")]);
  });

  it("always writes the absolute node.exe and script on Windows, where botocore cannot start mfa-session.cmd by name", async () => {
    const { script, env } = installed();
    const noShortNames = { shortPath: async () => undefined };
    const result = await getSelfCommand({ env, script, execPath: "C:\\Program Files\\nodejs\\node.exe", platform: "win32", system: noShortNames });
    expect(result.words).toEqual(["C:\\Program Files\\nodejs\\node.exe", script]);
  });
});
