import { writeFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import type { CliIo } from "../io.js";
import { createConfigureCommand } from "./configure.js";

const windowsCommand = '"C:\\Program Files\\nodejs\\node.exe" C:\\tools\\mfa-session.js';
const argv = ["--profile", "dev", "--source-profile", "keys", "--mfa-serial", "arn:aws:iam::123456789012:mfa/alice", "--dry-run"];

function run(args: string[], platform: NodeJS.Platform, self: { script?: string; execPath?: string } = {}) {
  let stdout = "";
  const io: CliIo = { stdout: { write: (chunk: string | Uint8Array) => ((stdout += String(chunk)), true) }, stderr: { write: () => true }, env: process.env, cwd: process.cwd() };
  return createConfigureCommand({ platform, ...self }).run(args, io).then(() => stdout);
}

beforeEach(() => {
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[keys]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = s\n");
  writeFileSync(process.env.AWS_CONFIG_FILE!, "");
});

describe("configure", () => {
  it("quotes the line for the platform it runs on, and for Windows when --windows asks", async () => {
    const expected = '+credential_process = "C:\\Program Files\\nodejs\\node.exe" C:\\tools\\mfa-session.js credential-process --profile dev\n';
    expect(await run([...argv, "--command", windowsCommand], "win32")).toContain(expected);
    expect(await run([...argv, "--command", windowsCommand, "--windows"], "linux")).toContain(expected);
  });

  it("on Windows writes node.exe and its own script by itself, each quoted when it has spaces", async () => {
    const self = { execPath: "C:\\Program Files\\nodejs\\node.exe", script: "C:\\Users\\Jane Doe\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js" };
    expect(await run(argv, "win32", self)).toContain(
      '+credential_process = "C:\\Program Files\\nodejs\\node.exe" "C:\\Users\\Jane Doe\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js" credential-process --profile dev\n',
    );
  });

  it("refuses backslashes in the line on POSIX", async () => {
    await expect(run([...argv, "--command", windowsCommand], "linux")).rejects.toMatchObject({ hint: { kind: "unsafe-command-word" } });
  });
});
