// The README's "Set-up recipes", run as written against the sandbox: the config blocks shown there
// are compared with what `configure` writes, and the commands are run with real clients.
// (The roles recipe has its own file and sandbox: it needs a device whose current code is unused.)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { MfaUser, MfaWorld } from "./support/mfaWorld.js";
import { recipeBlock, sectionText } from "./support/readmeRecipes.js";
import { sandboxSettings, useRecipeWorld } from "./support/recipeWorld.js";

let world: MfaWorld;
let alice: MfaUser;
const serial = "arn:aws:iam::123456789012:mfa/alice";

useRecipeWorld((started) => {
  ({ world, alice } = started);
});

describe("README set-up recipes", () => {
  it("IAM user + MFA: configure writes the README's block; one code, then the AWS CLI and status use the session", async () => {
    expect(alice.mfaSerial).toBe(serial);
    const configured = await world.run("mfa-session", ["configure", "--profile", "dev", "--source-profile", "dev-keys", "--mfa-serial", serial]);
    expect(configured.code).toBe(0);
    expect(sectionText(readFileSync(world.configFile, "utf8"), "profile dev")).toBe(recipeBlock("iam-user"));
    await world.setConfig("profile dev", sandboxSettings(world, alice).slice(0, 2));
    const code = execFileSync("oathtool", ["--totp", "-b", alice.seed], { encoding: "utf8" }).trim();
    world.secrets.codes.add(code);
    const login = await world.run("mfa-session", ["login", "--profile", "dev", "--token-code", code]);
    expect(login.code).toBe(0);
    expect(login.stdout).toMatch(/^Profile dev: new session until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(\d+h \d\dm left\)\.\n$/);
    const identity = await world.run("aws", ["sts", "get-caller-identity", "--profile", "dev", "--endpoint-url", world.sandbox.endpoint, "--output", "json"]);
    expect(identity.code).toBe(0);
    expect(JSON.parse(identity.stdout).Arn).toBe("arn:aws:iam::123456789012:user/alice");
    const status = await world.run("mfa-session", ["status", "--json"]);
    const sessions = JSON.parse(status.stdout).sessions as Array<{ profile: string; mfaSerial?: string; remainingSeconds: number }>;
    expect(sessions).toEqual([expect.objectContaining({ profile: "dev", mfaSerial: serial, expired: false })]);
    expect(sessions[0]!.remainingSeconds).toBeGreaterThan(3600);
    const table = await world.run("mfa-session", ["status"]);
    expect(table.stdout).toContain(serial);
    await world.assertClean(["dev"]);
  });

  it("Terraform: exec hands the session to a child in its environment and passes its exit code", async () => {
    const env = { ...world.env, AWS_PROFILE: "prod-admin" };
    const child = await world.run("mfa-session", ["exec", "--profile", "dev", "--", "sh", "-c", 'echo "${AWS_PROFILE-unset} ${AWS_SESSION_TOKEN:+token-set}"; exit 7'], { env });
    expect(child.stderr).toBe("");
    expect(child.code).toBe(7);
    expect(child.stdout).toBe("unset token-set\n");
    const viaExec = await world.run("mfa-session", ["exec", "--profile", "dev", "--", "aws", "sts", "get-caller-identity", "--endpoint-url", world.sandbox.endpoint, "--output", "json"]);
    expect(JSON.parse(viaExec.stdout).Arn).toBe("arn:aws:iam::123456789012:user/alice");
    const viaExport = await world.run("sh", ["-c", `eval "$(mfa-session export --profile dev)" && aws sts get-caller-identity --endpoint-url ${world.sandbox.endpoint} --output json`]);
    expect(viaExport.stderr).toBe("");
    expect(viaExport.code).toBe(0);
    expect(JSON.parse(viaExport.stdout).Arn).toBe("arn:aws:iam::123456789012:user/alice");
    await world.assertClean(["dev"]);
  });

  it("logout forgets the profile's session, so status shows none and the next call needs a code", async () => {
    const logout = await world.run("mfa-session", ["logout", "--profile", "dev"]);
    expect(logout.code).toBe(0);
    expect(logout.stdout).toBe("Removed 1 cached session for dev.\n");
    expect((await world.run("mfa-session", ["status"])).stdout).toContain("No cached sessions.");
    const again = await world.run("mfa-session", ["credential-process", "--profile", "dev"], { detached: true });
    expect(again.code).toBe(1);
    expect((await world.run("mfa-session", ["logout"])).code).toBe(2);
  });

  it("Windows quoting: configure --windows writes the README's line, which botocore's Windows splitter reads as five words", async () => {
    const line = recipeBlock("windows").split("\n").find((text) => text.startsWith("credential_process = "))!;
    const value = line.slice("credential_process = ".length);
    const split = execFileSync("python3", ["-c", "import sys, json; from botocore.compat import _windows_shell_split as s; print(json.dumps(s(sys.argv[1])))", value], { encoding: "utf8" });
    expect(JSON.parse(split)).toEqual([
      "C:\\PROGRA~1\\nodejs\\node.exe",
      "C:\\Users\\alice\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js",
      "credential-process", "--profile", "dev",
    ]);
    const dryRun = await world.run("mfa-session", [
      "configure", "--windows", "--profile", "dev", "--source-profile", "dev-keys", "--mfa-serial", serial, "--dry-run",
      "--command", "C:\\PROGRA~1\\nodejs\\node.exe C:\\Users\\alice\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js",
    ]);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain(`+${line}\n`);
  });
});
