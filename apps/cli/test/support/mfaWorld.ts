// The E2E world: a sandbox (IAM + STS that enforces MFA), the test file's temp HOME with AWS files
// in it, users with keys and virtual MFA devices, and helpers to run the built CLI and real clients.
// Every process's stderr is kept, and checked for secrets by assertClean().
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readConfigFile, setConfigValues, type ConfigValueEdit } from "@mfa-session/core";
import { startSandbox, type Sandbox, type StartSandboxOptions } from "@mfa-session/sandbox";
import { addCredentialsJson, addSecret, addSeed, assertNoSecrets, createKnownSecrets, type KnownSecrets } from "./assertNoSecrets.js";
import { runProcess, type ProcessResult, type RunProcessOptions } from "./runProcess.js";

export const CLI = fileURLToPath(new URL("../../dist/mfa-session.js", import.meta.url));

export interface MfaUser {
  userName: string;
  /** Holds the long-term keys (credentials file). */
  sourceProfile: string;
  mfaSerial: string;
  seed: string;
  seedFile: string;
  /** `/bin/sh FILE`: prints the current code and counts how often it was asked (see codesAsked). */
  mfaProcess: string;
  countFile: string;
}

export interface MfaWorld {
  sandbox: Sandbox;
  home: string;
  configFile: string;
  credentialsFile: string;
  secrets: KnownSecrets;
  /** Environment for child processes: the temp HOME and AWS files, no display, no VS Code. */
  env: NodeJS.ProcessEnv;
  /** A user that must use MFA, its device (seed file, counting mfa_process script) and its keys in `sourceProfile` (default NAME-keys). */
  addUser(name: string, sourceProfile?: string): Promise<MfaUser>;
  /** Sets keys in a config section (byte-preserving editor), e.g. endpoint_url for a profile. */
  setConfig(section: string, set: ConfigValueEdit[]): Promise<void>;
  cli(args: string[], options?: RunProcessOptions): Promise<ProcessResult>;
  run(file: string, args: string[], options?: RunProcessOptions): Promise<ProcessResult>;
  codesAsked(user: MfaUser): number;
  /** GetSessionToken requests the sandbox has received since the world started (counted on the server). */
  stsCalls(): number;
  /** Learns the session secrets of a profile (from the cache, no prompt), then scans every stderr seen. */
  assertClean(profiles?: string[]): Promise<void>;
  stop(): Promise<void>;
}

/** `sandbox`: options for startSandbox, e.g. an injected server clock. */
export async function startMfaWorld(options: { sandbox?: StartSandboxOptions } = {}): Promise<MfaWorld> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm --filter mfa-session build\` first (turbo's test task does).`);
  const home = process.env.HOME!;
  const configFile = process.env.AWS_CONFIG_FILE!;
  const credentialsFile = process.env.AWS_SHARED_CREDENTIALS_FILE!;
  const sandbox = await startSandbox(options.sandbox);
  const secrets = createKnownSecrets();
  addSecret(secrets, sandbox.admin.secretAccessKey);
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ["DISPLAY", "WAYLAND_DISPLAY", "TMUX", "TMUX_PANE"]) delete env[name];
  const outputs: Array<{ where: string; text: string }> = [];
  let stsCalls = 0;
  const decide = sandbox.faults.decide.bind(sandbox.faults);
  sandbox.faults.decide = (action, protocol) => {
    if (action === "GetSessionToken") stsCalls += 1;
    return decide(action, protocol);
  };

  const run = async (file: string, args: string[], options: RunProcessOptions = {}) => {
    const result = await runProcess(file, args, { env, ...options });
    outputs.push({ where: `stderr of ${[file, ...args].join(" ").slice(0, 120)}`, text: result.stderr });
    return result;
  };
  const world: MfaWorld = {
    sandbox, home, configFile, credentialsFile, secrets, env,
    async addUser(name, sourceProfileName) {
      const created = sandbox.admin.createUser({ userName: name, requireMfa: true });
      const device = sandbox.admin.createMfaDevice({ deviceName: name, userName: name });
      addSecret(secrets, created.secretAccessKey);
      addSeed(secrets, device.seedBase32);
      const dir = join(home, "seeds");
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const seedFile = join(dir, `${name}.seed`);
      writeFileSync(seedFile, `${device.seedBase32}\n`, { mode: 0o600 });
      const countFile = join(dir, `${name}.count`);
      const script = join(dir, `${name}-code.sh`);
      writeFileSync(script, `echo asked >> "${countFile}"\nexec "${process.execPath}" "${CLI}" totp --seed-file "${seedFile}"\n`, { mode: 0o700 });
      const sourceProfile = sourceProfileName ?? `${name}-keys`;
      writeFileSync(credentialsFile, `[${sourceProfile}]\naws_access_key_id = ${created.accessKeyId}\naws_secret_access_key = ${created.secretAccessKey}\n\n`, { flag: "a", mode: 0o600 });
      await world.setConfig(`profile ${sourceProfile}`, [
        { key: "region", value: sandbox.region },
        { key: "endpoint_url", value: sandbox.endpoint },
      ]);
      return { userName: name, sourceProfile, mfaSerial: device.serialNumber, seed: device.seedBase32, seedFile, mfaProcess: `/bin/sh ${script}`, countFile };
    },
    async setConfig(section, set) {
      const text = await readConfigFile(configFile);
      writeFileSync(configFile, setConfigValues(text, [{ section, set }]).text);
    },
    cli: (args, options) => run(process.execPath, [CLI, ...args], options),
    run,
    stsCalls: () => stsCalls,
    codesAsked(user) {
      return existsSync(user.countFile) ? readFileSync(user.countFile, "utf8").split("\n").filter(Boolean).length : 0;
    },
    async assertClean(profiles = []) {
      for (const profile of profiles) {
        const result = await runProcess(process.execPath, [CLI, "credential-process", "--profile", profile, "--no-prompt"], { env: { ...env, MFA_SESSION_PROMPT: "none" } });
        if (result.code === 0) addCredentialsJson(secrets, result.stdout);
      }
      for (const { where, text } of outputs) assertNoSecrets(text, secrets, where);
    },
    stop: () => sandbox.stop(),
  };
  return world;
}

/** `configure` for a user's MFA profile, plus what the sandbox needs (endpoint, region) and, optionally, mfa_process. */
export async function configureProfile(
  world: MfaWorld,
  user: MfaUser,
  profile: string,
  options: { mfaProcess?: boolean; roleArn?: string } = {},
): Promise<void> {
  const args = ["configure", "--profile", profile, "--source-profile", user.sourceProfile, "--mfa-serial", user.mfaSerial];
  if (options.roleArn) args.push("--role-arn", options.roleArn);
  const result = await world.cli(args);
  if (result.code !== 0) throw new Error(`configure failed (${result.code}): ${result.stderr}`);
  await world.setConfig(`profile ${profile}`, [
    { key: "region", value: world.sandbox.region },
    { key: "endpoint_url", value: world.sandbox.endpoint },
    ...(options.mfaProcess ? [{ key: "mfa_process", value: user.mfaProcess }] : []),
  ]);
}
