import { writeFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import type { CliIo } from "../io.js";
import { createConfigureCommand, type ConfigureCommandOptions } from "./configure.js";

const windowsCommand = '"C:\\Program Files\\nodejs\\node.exe" C:\\tools\\mfa-session.js';
const argv = ["--profile", "dev", "--source-profile", "keys", "--mfa-serial", "arn:aws:iam::123456789012:mfa/alice", "--dry-run"];

async function run(args: string[], platform: NodeJS.Platform, self: ConfigureCommandOptions = {}, env: NodeJS.ProcessEnv = process.env) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (chunk: string | Uint8Array) => ((stdout += String(chunk)), true) },
    stderr: { write: (chunk: string | Uint8Array) => ((stderr += String(chunk)), true) },
    env, cwd: process.cwd(),
  };
  await createConfigureCommand({ platform, ...self }).run(args, io);
  return { stdout, stderr };
}

beforeEach(() => {
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[keys]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = s\n");
  writeFileSync(process.env.AWS_CONFIG_FILE!, "");
});

describe("configure", () => {
  it("quotes the line for the platform it runs on, and for Windows when --windows asks", async () => {
    const expected = '+credential_process = "C:\\Program Files\\nodejs\\node.exe" C:\\tools\\mfa-session.js credential-process --profile dev\n';
    expect((await run([...argv, "--command", windowsCommand], "win32")).stdout).toContain(expected);
    expect((await run([...argv, "--command", windowsCommand, "--windows"], "linux")).stdout).toContain(expected);
  });

  it("on Windows writes node.exe and its own script by itself, in 8.3 short form where a folder has spaces", async () => {
    const node = "C:\\Program Files\\nodejs\\node.exe";
    const script = "C:\\Users\\Jane Doe\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js";
    const shorts: Record<string, string> = {
      [node]: "C:\\PROGRA~1\\nodejs\\node.exe",
      [script]: "C:\\Users\\JANEDO~1\\AppData\\Roaming\\npm\\NODE_M~1\\MFA-SE~1\\dist\\MFA-SE~1.JS",
    };
    const system = { shortPath: async (path: string) => shorts[path], exists: () => true, realpath: (path: string) => path };
    const { stdout, stderr } = await run(argv, "win32", { execPath: node, script, system });
    expect(stdout).toContain("+credential_process = C:\\PROGRA~1\\nodejs\\node.exe C:\\Users\\JANEDO~1\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js credential-process --profile dev\n");
    expect(stderr).toBe("");
  });

  it("on Windows quotes a folder with spaces when the volume has no short names, and warns that Go tools cannot run that line", async () => {
    const self = {
      execPath: "C:\\Program Files\\nodejs\\node.exe",
      script: "C:\\Users\\Jane Doe\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js",
      system: { shortPath: async () => undefined },
    };
    const { stdout, stderr } = await run(argv, "win32", self);
    expect(stdout).toContain(
      '+credential_process = "C:\\Program Files\\nodejs\\node.exe" "C:\\Users\\Jane Doe\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js" credential-process --profile dev\n',
    );
    expect(stderr).toMatch(/^mfa-session: warning: credential_process quotes .*AWS SDK for Go v2/);
  });

  it("warns on stderr when the line must name one Node version that nvm removes on uninstall, saying how to avoid it", async () => {
    const self = { execPath: "/home/a/.nvm/versions/node/v20.11.0/bin/node", script: "/home/a/src/mfa-session/apps/cli/dist/mfa-session.js" };
    const { stdout, stderr } = await run(argv, "linux", self, { ...process.env, PATH: "" });
    expect(stdout).toContain("+credential_process = /home/a/.nvm/versions/node/v20.11.0/bin/node /home/a/src/mfa-session/apps/cli/dist/mfa-session.js credential-process --profile dev\n");
    expect(stderr).toMatch(/^mfa-session: warning: credential_process runs Node\.js v20\.11\.0 .*npm install --global mfa-session/);
  });

  it("refuses backslashes in the line on POSIX", async () => {
    await expect(run([...argv, "--command", windowsCommand], "linux")).rejects.toMatchObject({ hint: { kind: "unsafe-command-word" } });
  });
});
