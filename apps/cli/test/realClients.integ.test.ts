// Real clients against the sandbox, each through a credential_process profile whose source user
// must use MFA: the AWS CLI v1 (pip) and v2 (Debian), boto3, and the JS SDK v3 (fromIni, fromProcess).
// Each client gets its own user and device, so no test waits for a fresh code. The code comes from
// mfa_process (a script that counts its calls): a second call within the session must not ask again.
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { fromIni, fromProcess } from "@aws-sdk/credential-providers";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { configureProfile, startMfaWorld, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
beforeAll(async () => {
  world = await startMfaWorld();
});
afterEach(async () => {
  await world.assertClean();
});
afterAll(async () => {
  await world?.stop();
});

async function prepare(name: string) {
  const user = await world.addUser(name);
  await configureProfile(world, user, name, { mfaProcess: true });
  return { user, arn: `arn:aws:iam::${world.sandbox.accountId}:user/${name}` };
}

const awsCliCases = [
  ["AWS CLI v1 (pip)", "aws", "cli-v1"],
  ["AWS CLI v2 (Debian)", "/usr/bin/aws", "cli-v2"],
] as const;

describe("credential_process with real clients", () => {
  it.each(awsCliCases)("%s calls sts get-caller-identity, then reuses the cached session", async (_label, aws, name) => {
    const { user, arn } = await prepare(name);
    const call = () => world.run(aws, ["sts", "get-caller-identity", "--profile", name, "--endpoint-url", world.sandbox.endpoint, "--output", "json"]);
    // The first call names the profile through AWS_PROFILE, which our child inherits: the source
    // profile must still be resolved explicitly, never through the SDK's default chain.
    const first = await world.run(aws, ["sts", "get-caller-identity", "--endpoint-url", world.sandbox.endpoint, "--output", "json"], {
      env: { ...world.env, AWS_PROFILE: name },
    });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).Arn).toBe(arn);
    const second = await call();
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).Arn).toBe(arn);
    // IAM denies this user everything but GetSessionToken/GetCallerIdentity without MFA: it passes only with the MFA session.
    const iam = await world.run(aws, ["iam", "get-user", "--profile", name, "--endpoint-url", world.sandbox.endpoint, "--output", "json"]);
    expect(iam.code).toBe(0);
    expect(JSON.parse(iam.stdout).User.UserName).toBe(name);
    expect(world.codesAsked(user)).toBe(1);
    await world.assertClean([name]);
  });

  it("boto3 calls get_caller_identity, then reuses the cached session", async () => {
    const { user, arn } = await prepare("boto3");
    const script = `import boto3, sys\nsts = boto3.Session(profile_name="boto3").client("sts", endpoint_url=sys.argv[1])\nprint(sts.get_caller_identity()["Arn"])`;
    const first = await world.run("python3", ["-c", script, world.sandbox.endpoint]);
    expect(first.code).toBe(0);
    expect(first.stdout.trim()).toBe(arn);
    const second = await world.run("python3", ["-c", script, world.sandbox.endpoint]);
    expect(second.stdout.trim()).toBe(arn);
    expect(world.codesAsked(user)).toBe(1);
    await world.assertClean(["boto3"]);
  });

  it.each([
    ["fromIni", (profile: string) => fromIni({ profile, ignoreCache: true })],
    ["fromProcess", (profile: string) => fromProcess({ profile, ignoreCache: true })],
  ] as const)("the JS SDK v3 (%s) calls GetCallerIdentity, then reuses the cached session", async (label, provider) => {
    const name = `js-${label.toLowerCase()}`;
    const { user, arn } = await prepare(name);
    // The JS SDK runs credential_process with this process's environment (the test file's temp HOME).
    const callOnce = async () => {
      const sts = new STSClient({ region: world.sandbox.region, endpoint: world.sandbox.endpoint, credentials: provider(name) });
      try {
        return await sts.send(new GetCallerIdentityCommand({}));
      } finally {
        sts.destroy();
      }
    };
    const saved = { display: process.env.DISPLAY, wayland: process.env.WAYLAND_DISPLAY };
    delete process.env.DISPLAY;
    delete process.env.WAYLAND_DISPLAY;
    try {
      expect((await callOnce()).Arn).toBe(arn);
      expect((await callOnce()).Arn).toBe(arn);
    } finally {
      if (saved.display !== undefined) process.env.DISPLAY = saved.display;
      if (saved.wayland !== undefined) process.env.WAYLAND_DISPLAY = saved.wayland;
    }
    expect(world.codesAsked(user)).toBe(1);
    await world.assertClean([name]);
  });

  it("writes debug logs (MFA_SESSION_DEBUG=1) for a cold and a cached call with no secret in them", async () => {
    await prepare("debug-logs");
    const env = { ...world.env, MFA_SESSION_DEBUG: "1" };
    const cold = await world.cli(["login", "--profile", "debug-logs"], { env });
    expect(cold.code).toBe(0);
    const warm = await world.cli(["login", "--profile", "debug-logs"], { env });
    expect(warm.stderr).toContain("using cached");
    await world.assertClean(["debug-logs"]);
  });
});
