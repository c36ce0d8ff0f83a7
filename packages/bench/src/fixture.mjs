// The world a benchmark runs in: an in-process sandbox with a user who must use MFA, and a private
// AWS config in a temp folder with our profiles (the layout configure writes, a role, a profile with its
// own keys and mfa_serial), a static-keys profile, a trivial credential_process and the AWS CLI v2's own
// role + mfa_serial profile. Never touches the real ~/.aws.
import { chmodSync, copyFileSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { importKeysToKeychain } from "@mfa-session/core";
import { createMemoryKeyStore } from "@mfa-session/core/testing";
import { startSandbox } from "@mfa-session/sandbox";

export const cliPath = fileURLToPath(new URL("../../../apps/cli/dist/mfa-session.js", import.meta.url));
const coreUrl = pathToFileURL(fileURLToPath(new URL("../../core/dist/index.js", import.meta.url))).href;

export const LARGE_CONFIG_EXTRA_PROFILES = 60;

export async function createFixture() {
  const sandbox = await startSandbox();
  const dir = mkdtempSync(join(tmpdir(), "mfa-session-bench-"));
  const home = join(dir, "home");
  mkdirSync(join(home, ".aws"), { recursive: true, mode: 0o700 });
  const admin = sandbox.admin;
  const user = admin.createUser({ userName: "bench-user", requireMfa: true });
  const device = admin.createMfaDevice({ deviceName: "bench-user", userName: "bench-user" });
  // Not marked "deny unless MFA": the CLI v2 calls AssumeRole with its long-term keys (the role trust requires MFA).
  const v2user = admin.createUser({ userName: "bench-v2" });
  const v2device = admin.createMfaDevice({ deviceName: "bench-v2", userName: "bench-v2" });
  const role = admin.createRole({ roleName: "bench-role", requireMfa: true });
  // The profile with its own keys and mfa_serial gets a user and device of its own, so priming its
  // cache needs no second code from bench-user's device (a code is accepted once).
  const ownUser = admin.createUser({ userName: "bench-own", requireMfa: true });
  const ownDevice = admin.createMfaDevice({ deviceName: "bench-own", userName: "bench-own" });
  // The keychain layout (layouts.mjs): its keys start in the credentials file, its session is cached,
  // then they move to the keychain as `keys import` leaves them (moveKeysToKeychain), on a device of its own.
  const kcUser = admin.createUser({ userName: "bench-kc", requireMfa: true });
  const kcDevice = admin.createMfaDevice({ deviceName: "bench-kc", userName: "bench-kc" });
  // A user whose mfa_process prints a wrong code (sharedFailure.mjs), on a device of its own.
  const wrongUser = admin.createUser({ userName: "bench-wrong", requireMfa: true });
  const wrongDevice = admin.createMfaDevice({ deviceName: "bench-wrong", userName: "bench-wrong" });

  // mfa_process: counts every time a code is asked for, then prints the current code from the seed.
  const seedFile = join(dir, "seed");
  writeFileSync(seedFile, device.seedBase32, { mode: 0o600 });
  const ownSeedFile = join(dir, "seed-own");
  writeFileSync(ownSeedFile, ownDevice.seedBase32, { mode: 0o600 });
  const kcSeedFile = join(dir, "seed-kc");
  writeFileSync(kcSeedFile, kcDevice.seedBase32, { mode: 0o600 });
  const promptCounter = join(dir, "prompts.count");
  const codeScript = join(dir, "code.mjs");
  writeFileSync(codeScript, [
    `import { appendFileSync, readFileSync } from "node:fs";`,
    `import { generateTotp } from ${JSON.stringify(coreUrl)};`,
    `appendFileSync(${JSON.stringify(promptCounter)}, "x");`,
    `const seed = process.argv[2] ?? ${JSON.stringify(seedFile)};`,
    `process.stdout.write(generateTotp(readFileSync(seed, "utf8").trim(), { timeMs: Date.now() }) + "\\n");`,
  ].join("\n"));
  // mfa_process of `mfa-wrong`: counts its runs, prints a code the device never shows, after
  // MFA_BENCH_WRONG_CODE_DELAY_MS (default none; a hardware key's touch takes a second or two).
  const wrongCounter = join(dir, "wrong-prompts.count");
  const wrongCodeScript = join(dir, "wrong-code.cjs");
  writeFileSync(wrongCodeScript, [
    `require("node:fs").appendFileSync(${JSON.stringify(wrongCounter)}, "x");`,
    `setTimeout(() => process.stdout.write("000000\\n"), Number(process.env.MFA_BENCH_WRONG_CODE_DELAY_MS ?? 0));`,
    "",
  ].join("\n"));
  // A trivial credential_process: prints fixed, valid session JSON (the floor any helper pays).
  // CommonJS, the cheaper way for Node to start a script (an .mjs pays for the ESM loader).
  const trivialScript = join(dir, "trivial.cjs");
  const trivialJson = JSON.stringify({
    Version: 1, AccessKeyId: user.accessKeyId, SecretAccessKey: user.secretAccessKey,
    Expiration: new Date(Date.now() + 6 * 3600_000).toISOString().replace(/\.\d{3}Z$/, "Z"),
  });
  writeFileSync(trivialScript, `process.stdout.write(${JSON.stringify(trivialJson)});\n`);

  const ours = (profile) => `node ${cliPath} credential-process --profile ${profile}`;
  writeFileSync(join(home, ".aws", "credentials"), [
    "[keys]", `aws_access_key_id = ${user.accessKeyId}`, `aws_secret_access_key = ${user.secretAccessKey}`, "",
    "[v2keys]", `aws_access_key_id = ${v2user.accessKeyId}`, `aws_secret_access_key = ${v2user.secretAccessKey}`, "",
    "[own]", `aws_access_key_id = ${ownUser.accessKeyId}`, `aws_secret_access_key = ${ownUser.secretAccessKey}`, "",
    "[keys-kc]", `aws_access_key_id = ${kcUser.accessKeyId}`, `aws_secret_access_key = ${kcUser.secretAccessKey}`, "",
    "[wrong]", `aws_access_key_id = ${wrongUser.accessKeyId}`, `aws_secret_access_key = ${wrongUser.secretAccessKey}`, "",
  ].join("\n"), { mode: 0o600 });
  const config = [
    "[default]", "region = us-east-1", "",
    "[profile keys]", "region = us-east-1", "",
    "[profile mfa]", "region = us-east-1", "mfa_session_source_profile = keys", `mfa_serial = ${device.serialNumber}`,
    `mfa_process = node ${codeScript}`, `credential_process = ${ours("mfa")}`, "",
    // Another device: never cached, and no mfa_process, so every call must fail for want of a prompt.
    "[profile mfa-noprompt]", "region = us-east-1", "mfa_session_source_profile = keys", "mfa_serial = arn:aws:iam::123456789012:mfa/nobody",
    `credential_process = ${ours("mfa-noprompt")}`, "",
    "[profile mfa-role]", "region = us-east-1", "mfa_session_source_profile = keys", `mfa_serial = ${device.serialNumber}`,
    `mfa_session_role_arn = ${role.arn}`, `mfa_process = node ${codeScript}`, `credential_process = ${ours("mfa-role")}`, "",
    // Its own keys (in the credentials file) and its own mfa_serial, as aws-vault and aws-mfa users keep them.
    "[profile own]", "region = us-east-1", `mfa_serial = ${ownDevice.serialNumber}`, `mfa_process = node ${codeScript} ${ownSeedFile}`, "",
    "[profile keys-kc]", "region = us-east-1", "",
    "[profile mfa-kc]", "region = us-east-1", "mfa_session_source_profile = keys-kc", `mfa_serial = ${kcDevice.serialNumber}`,
    `mfa_process = node ${codeScript} ${kcSeedFile}`, "",
    "[profile wrong]", "region = us-east-1", "",
    "[profile mfa-wrong]", "region = us-east-1", "mfa_session_source_profile = wrong", `mfa_serial = ${wrongDevice.serialNumber}`,
    `mfa_process = node ${wrongCodeScript}`, "",
    "[profile trivial]", "region = us-east-1", `credential_process = node ${trivialScript}`, "",
    "[profile v2keys]", "region = us-east-1", "",
    "[profile v2-role]", "region = us-east-1", "source_profile = v2keys", `role_arn = ${role.arn}`, `mfa_serial = ${v2device.serialNumber}`, "",
    "[profile v2-export]", "region = us-east-1",
    `credential_process = /usr/bin/aws configure export-credentials --profile v2-role --format process --endpoint-url ${sandbox.endpoint}`, "",
  ].join("\n");
  writeFileSync(join(home, ".aws", "config"), config, { mode: 0o600 });
  // The same file with 60 more profiles (360 lines), as in an organisation with many accounts: the
  // hit parses the whole file, so this shows what config size costs.
  const largeConfigFile = join(home, ".aws", "config-large");
  writeFileSync(largeConfigFile, config + Array.from({ length: LARGE_CONFIG_EXTRA_PROFILES }, (_, i) => [
    `[profile account-${i}]`, "region = eu-west-1", "source_profile = keys", `role_arn = arn:aws:iam::${100000000000 + i}:role/Developer`,
    `mfa_serial = ${device.serialNumber}`, "output = json", "",
  ].join("\n")).join("\n"), { mode: 0o600 });
  chmodSync(codeScript, 0o700);

  // AWS CLI v2 2.9 (Debian) has no endpoint_url setting, and its own AssumeRole ignores --endpoint-url:
  // an STS endpoint rule set in AWS_DATA_PATH (botocore's model override folder) sends it to the sandbox.
  const dataPath = join(dir, "botocore-data");
  mkdirSync(join(dataPath, "sts", "2011-06-15"), { recursive: true });
  writeFileSync(join(dataPath, "sts", "2011-06-15", "endpoint-rule-set-1.json"), JSON.stringify(stsRuleSet(sandbox.endpoint)));
  const cacheDir = join(home, ".aws", "mfa-session", "cache");
  // A real PEM bundle for NODE_EXTRA_CA_CERTS, as behind a corporate TLS proxy: every Node start reads it.
  const extraCaCerts = join(dir, "extra-ca-certs.pem");
  copyFileSync("/etc/ssl/certs/ca-certificates.crt", extraCaCerts);
  const env = {
    PATH: process.env.PATH, HOME: home, LANG: "C.UTF-8",
    AWS_CONFIG_FILE: join(home, ".aws", "config"), AWS_SHARED_CREDENTIALS_FILE: join(home, ".aws", "credentials"),
    AWS_ENDPOINT_URL: sandbox.endpoint, AWS_EC2_METADATA_DISABLED: "true", MFA_SESSION_CACHE_DIR: cacheDir,
    MFA_SESSION_PROMPT: "process", AWS_DATA_PATH: dataPath,
  };
  return {
    sandbox, dir, home, env, cacheDir, promptCounter, wrongCounter, largeConfigFile, extraCaCerts, seeds: { user: device.seedBase32, v2: v2device.seedBase32 },
    /**
     * Leaves profile keys-kc as `keys import` does: its keys out of the credentials file, the config
     * saying they are in the keychain, with their key id: core's importKeysToKeychain, with an in-memory
     * store standing in for the keychain. No keychain is set up: a hit must not need one.
     */
    async moveKeysToKeychain() {
      await importKeysToKeychain({ env, homedir: home, profile: "keys-kc", keyStore: createMemoryKeyStore() });
    },
    /** MFA sessions the sandbox has issued to bench-user (each is one GetSessionToken that succeeded). */
    mfaSessionsIssued: (userName = "bench-user") => admin.countMfaSessions(userName),
    async dispose() {
      await sandbox.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function stsRuleSet(endpoint) {
  const flag = (builtIn) => ({ builtIn, required: true, default: false, type: "Boolean" });
  return {
    version: "1.0",
    parameters: {
      Region: { builtIn: "AWS::Region", required: false, type: "String" },
      UseDualStack: flag("AWS::UseDualStack"),
      UseFIPS: flag("AWS::UseFIPS"),
      Endpoint: { builtIn: "SDK::Endpoint", required: false, type: "String" },
      UseGlobalEndpoint: flag("AWS::STS::UseGlobalEndpoint"),
    },
    rules: [{ conditions: [], endpoint: { url: endpoint, properties: {}, headers: {} }, type: "endpoint" }],
  };
}
