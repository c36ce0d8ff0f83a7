// `mfa-session totp` agrees with oathtool, the independent RFC 6238 implementation.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateSeed } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { CLI } from "./support/mfaWorld.js";
import { runProcess } from "./support/runProcess.js";

describe("mfa-session totp", () => {
  it("prints the code oathtool computes for the same seed, and nothing on stderr", async () => {
    const seed = generateSeed();
    const dir = join(process.env.HOME!, "totp");
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const file = join(dir, "seed");
    writeFileSync(file, `${seed}\n`, { mode: 0o600 });
    const oath = () => execFileSync("oathtool", ["--totp", "-b", seed], { encoding: "utf8" }).trim();
    const before = oath();
    const result = await runProcess(process.execPath, [CLI, "totp", "--seed-file", file]);
    const after = oath();
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect([before, after]).toContain(result.stdout.trim());
  });

  it("warns when the seed file is readable by others", async () => {
    const file = join(process.env.HOME!, "open.seed");
    writeFileSync(file, `${generateSeed()}\n`, { mode: 0o644 });
    const result = await runProcess(process.execPath, [CLI, "totp", "--seed-file", file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("chmod 600");
  });
});
