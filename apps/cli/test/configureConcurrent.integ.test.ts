// `configure` when the config file is shared with other writers: 10 CLI processes at once, a
// symlinked config (dotfiles), a lock left by a killed process. Each run adds its own profile and
// loses nothing another run, or a person, wrote; a link stays a link.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { getConfigFileLockPath } from "@mfa-session/core/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLI } from "./support/mfaWorld.js";
import { runProcess } from "./support/runProcess.js";

const serial = "arn:aws:iam::123456789012:mfa/alice";
const credentials = "[keys]\naws_access_key_id = AKIAEXAMPLEEXAMPLE01\naws_secret_access_key = secretsecretsecretsecretsecretsecret0001\n";

let root: string;
let env: NodeJS.ProcessEnv;
beforeEach(() => {
  root = mkdtempSync(join(process.env.HOME!, "configure-concurrent-"));
  mkdirSync(join(root, ".aws"), { mode: 0o700 });
  env = {
    ...process.env,
    HOME: root,
    AWS_CONFIG_FILE: join(root, ".aws", "config"),
    AWS_SHARED_CREDENTIALS_FILE: join(root, ".aws", "credentials"),
    MFA_SESSION_CACHE_DIR: join(root, ".aws", "mfa-session", "cache"),
  };
  writeFileSync(env.AWS_SHARED_CREDENTIALS_FILE!, credentials, { mode: 0o600 });
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function configure(profile: string) {
  return runProcess(process.execPath, [CLI, "configure", "--profile", profile, "--source-profile", "keys", "--mfa-serial", serial, "--command", "mfa-session"], { env });
}

function profilesIn(text: string): string[] {
  return [...text.matchAll(/^\[profile ([^\]]+)\]$/gm)].map((match) => match[1]!).sort();
}

describe("configure with other writers", () => {
  it("keeps every profile when 10 processes configure 10 profiles at once", async () => {
    writeFileSync(env.AWS_CONFIG_FILE!, "# mine\n[profile keys]\nregion = eu-west-1\n");
    const names = Array.from({ length: 10 }, (_, index) => `p${index}`);
    const results = await Promise.all(names.map(configure));
    expect(results.map((result) => result.stderr)).toEqual(names.map(() => ""));
    expect(results.map((result) => result.code)).toEqual(names.map(() => 0));
    const text = readFileSync(env.AWS_CONFIG_FILE!, "utf8");
    expect(profilesIn(text)).toEqual(["keys", ...names].sort());
    for (const name of names) expect(text).toContain(`credential_process = mfa-session credential-process --profile ${name}\n`);
    expect(text.startsWith("# mine\n[profile keys]\nregion = eu-west-1\n")).toBe(true);
  });

  it("writes through a symlinked config and credentials setup, keeping the links", async () => {
    const dotfiles = join(root, "dotfiles");
    mkdirSync(dotfiles);
    writeFileSync(join(dotfiles, "aws-config"), "[profile keys]\nregion = eu-west-1\n", { mode: 0o600 });
    rmSync(env.AWS_SHARED_CREDENTIALS_FILE!);
    writeFileSync(join(dotfiles, "aws-credentials"), credentials, { mode: 0o600 });
    symlinkSync(join(dotfiles, "aws-config"), env.AWS_CONFIG_FILE!);
    symlinkSync("../dotfiles/aws-credentials", env.AWS_SHARED_CREDENTIALS_FILE!);

    const result = await configure("dev");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(lstatSync(env.AWS_CONFIG_FILE!).isSymbolicLink()).toBe(true);
    expect(readlinkSync(env.AWS_CONFIG_FILE!)).toBe(join(dotfiles, "aws-config"));
    expect(readFileSync(join(dotfiles, "aws-config"), "utf8")).toContain("[profile dev]\nmfa_session_source_profile = keys\n");
    expect(lstatSync(env.AWS_SHARED_CREDENTIALS_FILE!).isSymbolicLink()).toBe(true);
    expect(readFileSync(`${env.AWS_CONFIG_FILE!}.mfa-session.bak`, "utf8")).toBe("[profile keys]\nregion = eu-west-1\n");
    expect(result.stdout).toContain(`Wrote profile dev to ${env.AWS_CONFIG_FILE!} (previous version: ${env.AWS_CONFIG_FILE!}.mfa-session.bak)`);
  });

  it("takes over the config file's lock when the process holding it died", async () => {
    writeFileSync(env.AWS_CONFIG_FILE!, "[profile keys]\nregion = eu-west-1\n");
    const lockPath = await getConfigFileLockPath(env.AWS_CONFIG_FILE!, { env, homedir: root });
    mkdirSync(join(lockPath, ".."), { recursive: true, mode: 0o700 });
    writeFileSync(lockPath, JSON.stringify({ pid: 4_000_000, hostname: hostname(), createdAt: new Date().toISOString(), token: "dead" }), { mode: 0o600 });

    const result = await configure("dev");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(profilesIn(readFileSync(env.AWS_CONFIG_FILE!, "utf8"))).toEqual(["dev", "keys"]);
    expect(existsSync(lockPath)).toBe(false);
  });
});
