import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeCliShim } from "./writeCliShim.js";

describe(writeCliShim.name, () => {
  it("runs a .js CLI under node with the arguments passed through", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shim-"));
    const cli = join(dir, "it's cli.js");
    writeFileSync(cli, "console.log(JSON.stringify(process.argv.slice(2)));\n");
    const { binDir } = await writeCliShim({ cliPath: cli, storageDir: join(dir, "storage"), platform: "linux" });
    expect(execFileSync(join(binDir, "mfa-session"), ["credential-process", "--profile", "a b"], { encoding: "utf8" }).trim()).toBe('["credential-process","--profile","a b"]');
  });

  it("writes a .cmd launcher on Windows", async () => {
    const dir = mkdtempSync(join(tmpdir(), "shim-"));
    const { binDir } = await writeCliShim({ cliPath: "C:\\tools\\mfa-session.js", storageDir: dir, platform: "win32" });
    expect(readFileSync(join(binDir, "mfa-session.cmd"), "utf8")).toBe('@node "C:\\tools\\mfa-session.js" %*\r\n');
  });
});
