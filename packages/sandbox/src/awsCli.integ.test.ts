// AWS CLI v1 (pip, `aws` on PATH) and v2 (Debian, /usr/bin/aws) against the sandbox, unchanged but
// for --endpoint-url: the whole virtual device lifecycle with codes from oathtool and the QR code
// decoded by zbarimg.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatOtpauthUri } from "@mfa-session/core";
import { startSandbox, type Sandbox } from "./startSandbox.js";
import { createAwsCliRunner, type CliCredentials } from "./testing/runAwsCli.js";
import { createSecretScan } from "./testing/secretScan.js";
import { createTestClock } from "./testing/testClock.js";
import { oathtoolCode, zbarimgDecode } from "./testing/oathtool.js";

const oathtool = oathtoolCode;

const CLIS = [
  { label: "AWS CLI v1 (pip)", bin: "aws", tag: "v1" },
  { label: "AWS CLI v2 (Debian)", bin: "/usr/bin/aws", tag: "v2" },
];

// Each CLI start costs about a second on a busy 2-core machine: allow the lifecycle time.
describe.each(CLIS)("sandbox with $label", { timeout: 180_000 }, ({ bin, tag }) => {
  const clock = createTestClock(Date.UTC(2026, 2, 1, 9, 0, 0));
  let sandbox: Sandbox;
  let cli: ReturnType<typeof createAwsCliRunner>;
  let adminCreds: CliCredentials;
  const scan = createSecretScan();
  beforeAll(async () => {
    sandbox = await startSandbox({ clock, logger: scan.logger });
    cli = createAwsCliRunner(bin, sandbox.endpoint);
    adminCreds = { accessKeyId: sandbox.admin.accessKeyId, secretAccessKey: sandbox.admin.secretAccessKey };
    // Every AWS CLI stderr is kept and scanned at the end for every secret seen in any output.
    const run = cli.run.bind(cli);
    cli.run = async (args, credentials, options) => {
      const result = await run(args, credentials, options);
      scan.add(credentials.secretAccessKey, credentials.sessionToken);
      scan.learnJson(result.stdout);
      scan.record(`stderr of aws ${args.slice(0, 2).join(" ")}`, result.stderr);
      return result;
    };
  });
  afterAll(async () => {
    await sandbox.stop();
    rmSync(cli.home, { recursive: true, force: true });
    for (const serial of Object.keys(sandbox.admin.snapshot().mfaDevices)) scan.add(sandbox.admin.getSeed(serial));
    expect(scan.assertClean()).toBeGreaterThan(0);
  });

  async function ok(args: string[], credentials: CliCredentials = adminCreds): Promise<any> {
    const result = await cli.run(args, credentials);
    expect(result.stderr, `aws ${args.join(" ")}`).toBe("");
    expect(result.code).toBe(0);
    return result.stdout.trim() === "" ? {} : JSON.parse(result.stdout);
  }

  async function fails(args: string[], credentials: CliCredentials = adminCreds): Promise<string> {
    const result = await cli.run(args, credentials);
    expect(result.code, `aws ${args.join(" ")} should fail`).not.toBe(0);
    return result.stderr;
  }

  it("runs the whole virtual MFA device lifecycle with oathtool codes and a QR code zbarimg reads", async () => {
    const userName = `cli-${tag}`;
    sandbox.admin.seedInstances([{ instanceId: "i-0aaaaaaaaaaaaaaa1", tags: { Name: `web-${tag}` } }]);
    await ok(["iam", "create-user", "--user-name", userName]);
    const key = (await ok(["iam", "create-access-key", "--user-name", userName])).AccessKey;
    sandbox.admin.setRequireMfa({ userName, requireMfa: true });
    const user: CliCredentials = { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey };
    expect(await fails(["ec2", "describe-instances"], user)).toContain("UnauthorizedOperation");

    const qrPath = join(cli.home, `${userName}.png`);
    const created = await ok(["iam", "create-virtual-mfa-device", "--virtual-mfa-device-name", userName, "--outfile", qrPath, "--bootstrap-method", "QRCodePNG"], user);
    const serial: string = created.VirtualMFADevice.SerialNumber;
    expect(serial).toBe(`arn:aws:iam::${sandbox.accountId}:mfa/${userName}`);
    const uri = zbarimgDecode(qrPath);
    const seed = sandbox.admin.getSeed(serial);
    expect(uri).toBe(formatOtpauthUri({ seedBase32: seed, accountName: `${userName}@${sandbox.accountId}` }));
    expect(new URL(uri).searchParams.get("secret")).toBe(seed);

    const now = clock.now();
    const enable = (code1: string, code2: string) =>
      ["iam", "enable-mfa-device", "--user-name", userName, "--serial-number", serial, "--authentication-code1", code1, "--authentication-code2", code2];
    expect(await fails(enable(oathtool(seed, now, -1), oathtool(seed, now, 1)), user)).toContain("InvalidAuthenticationCode");
    const wrong = oathtool(seed, now) === "000000" ? "111111" : "000000";
    expect(await fails(enable(wrong, oathtool(seed, now)), user)).toContain("InvalidAuthenticationCode");
    await ok(enable(oathtool(seed, now, -1), oathtool(seed, now)), user);
    expect((await ok(["iam", "list-mfa-devices", "--user-name", userName], user)).MFADevices[0].SerialNumber).toBe(serial);

    clock.advanceSeconds(30);
    const code = oathtool(seed, clock.now());
    const session = (await ok(["sts", "get-session-token", "--serial-number", serial, "--token-code", code, "--duration-seconds", "900"], user)).Credentials;
    expect(await fails(["sts", "get-session-token", "--serial-number", serial, "--token-code", code], user))
      .toContain("MultiFactorAuthentication failed, unable to validate MFA code.");
    clock.advanceSeconds(30);
    const wrongCode = oathtool(seed, clock.now()) === "123456" ? "654321" : "123456";
    expect(await fails(["sts", "get-session-token", "--serial-number", serial, "--token-code", wrongCode], user))
      .toContain("MultiFactorAuthentication failed with invalid MFA one time pass code.");

    const mfaCreds: CliCredentials = { accessKeyId: session.AccessKeyId, secretAccessKey: session.SecretAccessKey, sessionToken: session.SessionToken };
    expect((await ok(["sts", "get-caller-identity"], mfaCreds)).Arn).toBe(`arn:aws:iam::${sandbox.accountId}:user/${userName}`);
    const described = await ok(["ec2", "describe-instances", "--instance-ids", "i-0aaaaaaaaaaaaaaa1"], mfaCreds);
    expect(described.Reservations[0].Instances[0].Tags).toEqual([{ Key: "Name", Value: `web-${tag}` }]);

    expect(await fails(["iam", "delete-virtual-mfa-device", "--serial-number", serial], mfaCreds)).toContain("DeleteConflict");
    await ok(["iam", "deactivate-mfa-device", "--user-name", userName, "--serial-number", serial], mfaCreds);
    const unassigned = await ok(["iam", "list-virtual-mfa-devices", "--assignment-status", "Unassigned"], mfaCreds);
    expect(unassigned.VirtualMFADevices.map((d: { SerialNumber: string }) => d.SerialNumber)).toContain(serial);
    await ok(["iam", "delete-virtual-mfa-device", "--serial-number", serial], mfaCreds);
    expect(await fails(["iam", "delete-virtual-mfa-device", "--serial-number", serial], mfaCreds)).toContain("NoSuchEntity");
  });

  it("refuses a bad signature, an unknown key and an existing user with AWS's error codes", async () => {
    expect(await fails(["sts", "get-caller-identity"], { ...adminCreds, secretAccessKey: "x".repeat(40) })).toContain("SignatureDoesNotMatch");
    expect(await fails(["sts", "get-caller-identity"], { accessKeyId: "AKIAUNKNOWNUNKNOWN00", secretAccessKey: "x".repeat(40) })).toContain("InvalidClientTokenId");
    await ok(["iam", "create-user", "--user-name", `dup-${tag}`]);
    expect(await fails(["iam", "create-user", "--user-name", `dup-${tag}`])).toContain("EntityAlreadyExists");
    expect(await fails(["iam", "get-user", "--user-name", `nobody-${tag}`])).toContain("NoSuchEntity");
  });
});

describe("sandbox with AWS CLI v1 and AWS_ENDPOINT_URL", { timeout: 60_000 }, () => {
  it("finds the endpoint from AWS_ENDPOINT_URL alone", async () => {
    const sandbox = await startSandbox();
    const cli = createAwsCliRunner("aws", sandbox.endpoint);
    try {
      const result = await cli.run(["sts", "get-caller-identity"], { accessKeyId: sandbox.admin.accessKeyId, secretAccessKey: sandbox.admin.secretAccessKey }, { useEnvEndpoint: true });
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).Account).toBe(sandbox.accountId);
    } finally {
      await sandbox.stop();
      rmSync(cli.home, { recursive: true, force: true });
    }
  });
});
