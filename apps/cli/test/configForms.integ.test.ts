// Config lines botocore accepts work end to end, cache hits included: `key: value`, a quoted profile
// name ([profile "my dev"]) and profiles named __proto__, constructor and prototype. The AWS CLI reads
// the config, calls mfa-session's credential_process, and mfa-session reads the same file the same way.
import { appendFileSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
let user: MfaUser;

beforeAll(async () => {
  world = await startMfaWorld();
  // The long-term keys live in the credentials file's [__proto__] section.
  user = await world.addUser("proto", "__proto__");
  await configureProfile(world, user, "constructor", { mfaProcess: true });
  const command = readFileSync(world.configFile, "utf8").match(/^credential_process = (.*) --profile constructor$/m)![1]!;
  appendFileSync(world.configFile, [
    "",
    "[profile prototype]",
    "region: eu-west-1",
    "",
    "[profile \"my dev\"]",
    `region: ${world.sandbox.region}`,
    `endpoint_url: ${world.sandbox.endpoint}`,
    "mfa_session_source_profile: __proto__",
    `mfa_serial: ${user.mfaSerial}`,
    `mfa_process: ${user.mfaProcess}`,
    `credential_process: ${command} --profile "my dev"`,
    "",
  ].join("\n"));
});

afterAll(async () => {
  await world?.stop();
});

function accessKeyOf(stdout: string): string {
  return (JSON.parse(stdout) as { AccessKeyId: string }).AccessKeyId;
}

describe("config forms botocore accepts", () => {
  it("serves profiles named constructor and \"my dev\" (source __proto__), from STS once and then from the cache", async () => {
    const first = await world.cli(["credential-process", "--profile", "constructor"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const again = await world.cli(["credential-process", "--profile", "constructor"]);
    expect(again.code).toBe(0);
    expect(accessKeyOf(again.stdout)).toBe(accessKeyOf(first.stdout));
    const quoted = await world.cli(["credential-process", "--profile", "my dev"]);
    expect(quoted.stderr).toBe("");
    expect(quoted.code).toBe(0);
    expect(world.codesAsked(user)).toBe(1);
    await world.assertClean(["constructor", "my dev"]);
  });

  it("answers the AWS CLI, which reads the same file, for the quoted profile", async () => {
    const identity = await world.run("aws", ["sts", "get-caller-identity", "--profile", "my dev", "--endpoint-url", world.sandbox.endpoint, "--output", "json"]);
    expect(identity.stderr).toBe("");
    expect(identity.code).toBe(0);
    expect((JSON.parse(identity.stdout) as { Arn: string }).Arn).toContain(":user/proto");
  });
});
