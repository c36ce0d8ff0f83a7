// The offline demo as CI runs it: no terminal, output captured. It must show every step, end with the
// cleanup, and leave no process and no file behind outside its temp folder.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runProcess } from "./support/runProcess.js";

const cli = fileURLToPath(new URL("../dist/mfa-session.js", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "mfa-session-demo-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function runDemo(args: string[]) {
  // A private TMPDIR: whatever the demo creates must be gone from it afterwards.
  const tmp = mkdtempSync(join(scratch, "tmp-"));
  const result = await runProcess(process.execPath, [cli, "demo", ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: tmp, LANG: "C.UTF-8" },
    detached: true,
    timeoutMs: 120_000,
  });
  return { ...result, tmp };
}

function processesMentioning(text: string): string[] {
  return execFileSync("ps", ["-eo", "args"], { encoding: "utf8" }).split("\n").filter((line) => line.includes(text) && !line.includes("ps -eo"));
}

describe("mfa-session demo", () => {
  it("walks every step with the AWS CLI and with the JS SDK, cleans up, and leaves nothing behind", async () => {
    const [withCli, withSdk] = await Promise.all([runDemo([]), runDemo(["--no-aws-cli"])]);
    for (const run of [withCli, withSdk]) {
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      for (const step of ["[1/5] Set up a virtual MFA device", "[2/5] Write a credential_process profile", "[3/5]", "[4/5] Two roles from one code", "[5/5] Sessions and time left"]) {
        expect(run.stdout).toContain(step);
      }
      expect(run.stdout).toContain("is enabled for demo-user");
      expect(run.stdout).toContain("first call: asks for a code (MFA sessions issued by STS: 0 -> 1)");
      expect(run.stdout).toContain("second call: from the shared cache, no code (MFA sessions issued by STS: 1 -> 1)");
      expect(run.stdout).toMatch(/assumed-role\/DemoReadOnly\//);
      expect(run.stdout).toMatch(/assumed-role\/DemoDeployer\//);
      expect(run.stdout).toContain("MFA sessions issued 1 -> 1, no new code");
      expect(run.stdout).toContain("Removed 3 cached sessions.");
      expect(run.stdout).toMatch(/Cleaned up: stopped the sandbox and removed .*\.\nDemo finished in [\d.]+ s\.\n$/);
      // Nothing secret: no key material or session token in what a person sees.
      expect(run.stdout).not.toMatch(/aws_secret_access_key|SecretAccessKey|SessionToken/);
      expect(run.stdout).not.toMatch(/[A-Za-z0-9+/]{100,}/);
      // Nothing left behind.
      expect(readdirSync(run.tmp)).toEqual([]);
      const folder = /removed (\S+)\.\n/.exec(run.stdout)?.[1];
      expect(folder && existsSync(folder)).toBe(false);
      expect(processesMentioning(run.tmp)).toEqual([]);
    }
    expect(withCli.stdout).toContain("with the long-term keys alone: refused, as AWS would");
    expect(withCli.stdout).toContain("i-0demo00000000web");
    expect(withSdk.stdout).toContain("The AWS SDK for JavaScript calls STS");
  }, 150_000);
});
