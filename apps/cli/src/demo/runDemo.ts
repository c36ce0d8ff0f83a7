// `mfa-session demo`: the whole product, offline, in under a minute. Starts a sandbox, then walks the
// real flow with the real commands: device setup, configure, the AWS CLI (or the JS SDK) through a
// credential_process profile, two roles from one code, status, logout; then removes everything.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  MfaSessionError, configSectionName, findSection, formatCredentialProcessLine, getCommandLinePlatform, getSecondsUntilNextCode,
  parseConfigDocument, readConfigFile, setProfileValues,
} from "@mfa-session/core";
import { createDeviceSetupCommand } from "../commands/device/setup.js";
import type { CliIo } from "../io.js";
import { createDemoTerminal } from "./createDemoTerminal.js";
import { createDemoWorld, DEMO_USER, KEYS_PROFILE, ROLE_NAMES, type DemoWorld } from "./createDemoWorld.js";
import { createNarrator, type Narrator } from "./createNarrator.js";
import { runChild, type ChildResult } from "./runChild.js";

export interface DemoOptions {
  io: CliIo;
  /** How to start this CLI as a child: [node, script]. */
  self: string[];
  /** The AWS CLI to use, or undefined to use the JS SDK (through the same credential_process). */
  awsCli: string | undefined;
  sleep?: (ms: number) => Promise<void>;
}

const PROFILE = "demo";
const ROLE_PROFILES = ["demo-readonly", "demo-deployer"];

export async function runDemo(options: DemoOptions): Promise<void> {
  const { io } = options;
  const started = Date.now();
  const say = createNarrator(io, 5);
  say.title("mfa-session demo: the whole flow against a local sandbox. Nothing here touches AWS or your ~/.aws.");
  const world = await createDemoWorld(io.env);
  try {
    say.say(`Sandbox (local IAM + STS + EC2 with real MFA checks): ${world.sandbox.endpoint}`);
    say.say(`User ${DEMO_USER}: long-term keys in profile ${KEYS_PROFILE}; every call but MFA set-up is denied without MFA.`);
    say.say(`Throw-away AWS config: ${world.configFile}`);
    const serial = await setUpDevice(world, say, io);
    await configureProfile(world, say, options, serial);
    await callThroughProfile(world, say, options);
    await assumeTwoRoles(world, say, options);
    await statusAndLogout(world, say, options);
  } finally {
    await world.dispose();
    say.title(`\nCleaned up: stopped the sandbox and removed ${world.dir}.`);
  }
  say.title(`Demo finished in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

async function setUpDevice(world: DemoWorld, say: Narrator, io: CliIo): Promise<string> {
  say.step(`Set up a virtual MFA device for ${DEMO_USER} (the console's wizard, in one command)`);
  say.command(["mfa-session", "device", "setup", "--profile", KEYS_PROFILE]);
  say.say("Demo only: the codes below are computed from the sandbox's copy of the seed, as your phone would.");
  const terminal = createDemoTerminal({ write: (text) => say.output(text), getSeed: () => world.sandbox.admin.getSeed(world.expectedSerial) });
  const lines = { write: (text: string | Uint8Array) => { say.output(String(text)); return true; } };
  await createDeviceSetupCommand({ openTerminal: () => terminal }).run(["--profile", KEYS_PROFILE], { ...io, env: world.env, stdout: lines, stderr: lines });
  say.done();
  return world.expectedSerial;
}

async function configureProfile(world: DemoWorld, say: Narrator, options: DemoOptions, serial: string): Promise<void> {
  say.step("Write a credential_process profile, so every AWS tool gets MFA sessions");
  const argv = ["configure", "--profile", PROFILE, "--source-profile", KEYS_PROFILE, "--mfa-serial", serial];
  await runSelf(options, world, say, argv);
  // The demo's "authenticator": mfa_process prints the current code from the seed (how CI robots do it).
  const seedFile = join(world.dir, "authenticator.seed");
  await writeFile(seedFile, `${world.sandbox.admin.getSeed(serial)}\n`, { mode: 0o600 });
  // Quoted like credential_process (sh -c or cmd.exe runs it): a temp folder or node path may have spaces.
  const mfaProcess = formatCredentialProcessLine([...options.self, "totp", "--seed-file", seedFile], getCommandLinePlatform(process.platform));
  await setProfileValues({ env: world.env, homedir: world.home, profile: PROFILE, values: { mfa_process: mfaProcess } });
  say.say("The profile as it now stands in the config (mfa_process added for the demo; you would type codes):");
  say.output(await showSection(world, configSectionName(PROFILE)));
  say.done();
}

async function callThroughProfile(world: DemoWorld, say: Narrator, options: DemoOptions): Promise<void> {
  say.step(`${options.awsCli ? "The AWS CLI" : "The AWS SDK for JavaScript"} calls STS and EC2 through the profile`);
  // AWS refuses a code twice: the set-up just used the current one, so wait for the next.
  const wait = getSecondsUntilNextCode(Date.now());
  say.say(`AWS refuses a code that was already used; the set-up used the current one, so waiting ${wait} s for the next...`);
  await (options.sleep ?? sleep)(wait * 1000 + 500);
  for (const label of ["first call: asks for a code", "second call: from the shared cache, no code"]) {
    const before = world.mfaSessionsIssued();
    const result = await callerIdentity(world, say, options, PROFILE);
    say.output(result);
    say.say(`${label} (MFA sessions issued by STS: ${before} -> ${world.mfaSessionsIssued()})`);
  }
  if (options.awsCli) {
    const query = ["--query", "Reservations[].Instances[].[InstanceId,InstanceType,State.Name]", "--output", "text"];
    await awsCall(world, say, options, ["ec2", "describe-instances", "--profile", PROFILE, ...query], "with the MFA session: allowed");
    await awsCall(world, say, options, ["ec2", "describe-instances", "--profile", KEYS_PROFILE, ...query], "with the long-term keys alone: refused, as AWS would", true);
  }
  say.done();
}

async function assumeTwoRoles(world: DemoWorld, say: Narrator, options: DemoOptions): Promise<void> {
  say.step("Two roles from one code");
  for (const [index, profile] of ROLE_PROFILES.entries()) {
    await runSelf(options, world, say, ["configure", "--profile", profile, "--source-profile", KEYS_PROFILE, "--role-arn", world.roleArns[index]!]);
  }
  const before = world.mfaSessionsIssued();
  for (const profile of ROLE_PROFILES) say.output(await callerIdentity(world, say, options, profile));
  say.say(`Both roles (${ROLE_NAMES.join(", ")}) came from the cached MFA session: MFA sessions issued ${before} -> ${world.mfaSessionsIssued()}, no new code.`);
  say.done();
}

async function statusAndLogout(world: DemoWorld, say: Narrator, options: DemoOptions): Promise<void> {
  say.step("Sessions and time left; sign out");
  await runSelf(options, world, say, ["status"]);
  await runSelf(options, world, say, ["logout", "--all"]);
  await runSelf(options, world, say, ["status"]);
  say.done();
}

async function runSelf(options: DemoOptions, world: DemoWorld, say: Narrator, argv: string[]): Promise<ChildResult> {
  say.command(["mfa-session", ...argv]);
  const result = await runChild([...options.self, ...argv], world.env);
  say.output(result.stdout);
  say.output(result.stderr);
  if (result.exitCode !== 0) throw new MfaSessionError(`Demo: \`mfa-session ${argv[0]}\` failed (exit ${result.exitCode}).`);
  return result;
}

async function callerIdentity(world: DemoWorld, say: Narrator, options: DemoOptions, profile: string): Promise<string> {
  if (options.awsCli) {
    const result = await awsCall(world, say, options, ["sts", "get-caller-identity", "--profile", profile, "--query", "Arn", "--output", "text"]);
    return result.stdout;
  }
  say.command(["node", "-e", `'new STSClient({ credentials: fromProcess({ profile: "${profile}" }) }).send(new GetCallerIdentityCommand({}))'`]);
  return callerIdentityWithSdk(world, options, profile);
}

async function awsCall(world: DemoWorld, say: Narrator, options: DemoOptions, argv: string[], label?: string, expectFailure = false): Promise<ChildResult> {
  say.command(["aws", ...argv]);
  const result = await runChild([options.awsCli!, ...argv, "--endpoint-url", world.sandbox.endpoint, "--region", "us-east-1"], world.env);
  if (expectFailure) {
    if (result.exitCode === 0) throw new MfaSessionError("Demo: the call with long-term keys alone should have been refused.");
    say.output(result.stderr.trim().split("\n").filter((line) => line.trim() !== "").at(-1) ?? "");
  } else if (result.exitCode !== 0) {
    say.output(result.stderr);
    throw new MfaSessionError(`Demo: \`aws ${argv.slice(0, 2).join(" ")}\` failed (exit ${result.exitCode}).`);
  } else if (label) {
    say.output(result.stdout);
  }
  if (label) say.say(label);
  return result;
}

/** What an SDK's fromProcess does: run the profile's credential_process, then call STS with its answer. */
async function callerIdentityWithSdk(world: DemoWorld, options: DemoOptions, profile: string): Promise<string> {
  const processResult = await runChild([...options.self, "credential-process", "--profile", profile], world.env);
  if (processResult.exitCode !== 0) throw new MfaSessionError(`Demo: credential_process for ${profile} failed: ${processResult.stderr.trim()}`);
  const json = JSON.parse(processResult.stdout) as { AccessKeyId: string; SecretAccessKey: string; SessionToken: string };
  const { createAwsClients } = await import("@mfa-session/core");
  const sts = await createAwsClients().sts({
    region: "us-east-1", endpoint: world.sandbox.endpoint,
    credentials: { accessKeyId: json.AccessKeyId, secretAccessKey: json.SecretAccessKey, sessionToken: json.SessionToken },
  });
  const { GetCallerIdentityCommand } = await import("@aws-sdk/client-sts");
  return (await sts.send(new GetCallerIdentityCommand({}))).Arn ?? "";
}

async function showSection(world: DemoWorld, section: string): Promise<string> {
  const document = parseConfigDocument(await readConfigFile(world.configFile));
  const block = findSection(document, section);
  return block ? document.lines.slice(block.headerIndex, block.endIndex).map((line) => line.text).join("\n") : "";
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
