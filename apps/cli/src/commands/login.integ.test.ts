// `login` against the sandbox, in process: which profile it picks when --profile is left out.
import { appendFileSync, writeFileSync } from "node:fs";
import { generateTotp } from "@mfa-session/core";
import { startSandbox, type Sandbox } from "@mfa-session/sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliIo } from "../io.js";
import { loginCommand } from "./login.js";

let sandbox: Sandbox;
let seed: string;

beforeAll(async () => {
  sandbox = await startSandbox();
  const user = sandbox.admin.createUser({ userName: "olga", requireMfa: true });
  const device = sandbox.admin.createMfaDevice({ deviceName: "olga", userName: "olga" });
  seed = device.seedBase32;
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, `[olga-keys]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`);
  writeFileSync(process.env.AWS_CONFIG_FILE!, [
    `[profile olga-keys]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\n`,
    `[profile olga]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\nmfa_session_source_profile = olga-keys\nmfa_serial = ${device.serialNumber}\n`,
  ].join("\n"));
});

afterAll(async () => {
  await sandbox?.stop();
});

function run(argv: string[], env: NodeJS.ProcessEnv) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    stdout: { write: (chunk: string | Uint8Array) => ((stdout += String(chunk)), true) },
    stderr: { write: (chunk: string | Uint8Array) => ((stderr += String(chunk)), true) },
    env, cwd: process.cwd(),
  };
  return loginCommand.run(argv, io).then((code) => ({ code, stdout, stderr }));
}

describe("login", () => {
  it("honours AWS_DEFAULT_PROFILE when neither --profile nor AWS_PROFILE names one", async () => {
    const result = await run(["--token-code", generateTotp(seed, { timeMs: Date.now() })], { ...process.env, AWS_DEFAULT_PROFILE: "olga" });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Profile olga: new session until /);
  });

  it("prefers AWS_PROFILE, and --profile over both", async () => {
    const env = { ...process.env, AWS_PROFILE: "olga", AWS_DEFAULT_PROFILE: "nobody" };
    expect((await run([], env)).stdout).toMatch(/^Profile olga: cached session still valid/);
    await expect(run(["--profile", "missing"], env)).rejects.toMatchObject({ code: "PROFILE_NOT_FOUND" });
  });

  it("refuses an empty --profile", async () => {
    await expect(run(["--profile", " "], process.env)).rejects.toMatchObject({ code: "USAGE" });
  });

  it("takes --token-code as authenticator apps show it, 123 456", async () => {
    const user = sandbox.admin.createUser({ userName: "pia", requireMfa: true });
    const device = sandbox.admin.createMfaDevice({ deviceName: "pia", userName: "pia" });
    appendFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, `[pia-keys]\naws_access_key_id = ${user.accessKeyId}\naws_secret_access_key = ${user.secretAccessKey}\n`);
    appendFileSync(process.env.AWS_CONFIG_FILE!, `\n[profile pia]\nregion = us-east-1\nendpoint_url = ${sandbox.endpoint}\nmfa_session_source_profile = pia-keys\nmfa_serial = ${device.serialNumber}\n`);
    const code = generateTotp(device.seedBase32, { timeMs: Date.now() });
    const result = await run(["--profile", "pia", "--token-code", `${code.slice(0, 3)} ${code.slice(3)}`], process.env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Profile pia: new session until /);
  });

  it("refuses a --token-code that starts with a dash in one sentence that ends once", async () => {
    const error = await run(["--profile", "olga", "--token-code", "-123456"], process.env).catch((caught: unknown) => caught as Error);
    expect(error).toMatchObject({ code: "USAGE" });
    expect((error as Error).message).not.toMatch(/\.\./);
    expect((error as Error).message).not.toContain("\n");
    expect((error as Error).message).toMatch(/^login: .*--token-code.*[^.]\. Run `mfa-session login --help` for usage\.$/);
  });
});
