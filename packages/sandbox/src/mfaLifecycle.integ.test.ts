// The MFA semantics end to end through real SDK v3 clients: device lifecycle, codes, sessions,
// the "deny unless MFA" policy, role chaining and EC2 access.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateVirtualMFADeviceCommand, DeactivateMFADeviceCommand, DeleteVirtualMFADeviceCommand, EnableMFADeviceCommand,
  GetMFADeviceCommand, ListMFADevicesCommand, ListMFADeviceTagsCommand, ListVirtualMFADevicesCommand, ResyncMFADeviceCommand,
  TagMFADeviceCommand, UntagMFADeviceCommand, ListAccessKeysCommand, CreateRoleCommand,
} from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand } from "@aws-sdk/client-sts";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { generateTotp, getTotpCounter } from "@mfa-session/core";
import { startSandbox, type Sandbox } from "./startSandbox.js";
import { sdkClients, type TestCredentials } from "./testing/sdkClients.js";
import { createTestClock } from "./testing/testClock.js";

const clock = createTestClock();
const codeAt = (seed: string, stepOffset: number) => generateTotp(seed, { timeMs: clock.now() + stepOffset * 30_000 });

describe("MFA semantics through SDK v3", () => {
  let sandbox: Sandbox;
  let admin: ReturnType<typeof sdkClients>;
  beforeAll(async () => {
    sandbox = await startSandbox({ clock });
    admin = sdkClients(sandbox.endpoint, sandbox.admin);
  });
  afterAll(async () => {
    await sandbox.stop();
  });

  function userClients(name: string, requireMfa = false) {
    const user = sandbox.admin.createUser({ userName: name, requireMfa });
    const credentials = { accessKeyId: user.accessKeyId!, secretAccessKey: user.secretAccessKey! };
    return { user, credentials, ...sdkClients(sandbox.endpoint, credentials) };
  }

  async function createDevice(clients: ReturnType<typeof sdkClients>, name: string) {
    const out = await clients.iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: name }));
    const device = out.VirtualMFADevice!;
    return { serial: device.SerialNumber!, seed: Buffer.from(device.Base32StringSeed!).toString("ascii"), png: Buffer.from(device.QRCodePNG!) };
  }

  function session(credentials: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string } | undefined): TestCredentials {
    return { accessKeyId: credentials!.AccessKeyId!, secretAccessKey: credentials!.SecretAccessKey!, sessionToken: credentials!.SessionToken! };
  }

  it("creates a device with a 64-character Base32 seed and a PNG QR code, and enables it with two consecutive codes", async () => {
    const carol = userClients("carol");
    const device = await createDevice(carol, "carol");
    expect(device.serial).toBe(`arn:aws:iam::${sandbox.accountId}:mfa/carol`);
    expect(device.seed).toMatch(/^[A-Z2-7]{64}$/);
    expect(device.png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(sandbox.admin.getSeed(device.serial)).toBe(device.seed);
    await carol.iam.send(new EnableMFADeviceCommand({ UserName: "carol", SerialNumber: device.serial, AuthenticationCode1: codeAt(device.seed, -1), AuthenticationCode2: codeAt(device.seed, 0) }));
    const listed = await carol.iam.send(new ListMFADevicesCommand({}));
    expect(listed.MFADevices?.map((d) => d.SerialNumber)).toEqual([device.serial]);
    const got = await carol.iam.send(new GetMFADeviceCommand({ SerialNumber: device.serial }));
    expect(got.UserName).toBe("carol");
  });

  it("refuses non-consecutive and wrong enable codes with InvalidAuthenticationCode 403", async () => {
    const dave = userClients("dave");
    const device = await createDevice(dave, "dave");
    const enable = (code1: string, code2: string) =>
      dave.iam.send(new EnableMFADeviceCommand({ UserName: "dave", SerialNumber: device.serial, AuthenticationCode1: code1, AuthenticationCode2: code2 }));
    await expect(enable(codeAt(device.seed, -1), codeAt(device.seed, 1))).rejects.toMatchObject({ Code: "InvalidAuthenticationCode", $metadata: { httpStatusCode: 403 } });
    await expect(enable(codeAt(device.seed, 0), codeAt(device.seed, -1))).rejects.toMatchObject({ Code: "InvalidAuthenticationCode" });
    const wrong = codeAt(device.seed, 0) === "000000" ? "111111" : "000000";
    await expect(enable(wrong, codeAt(device.seed, 0))).rejects.toMatchObject({ Code: "InvalidAuthenticationCode", message: "Authentication code for device is not valid." });
    await expect(enable("12345", "123456")).rejects.toMatchObject({ Code: "ValidationError", $metadata: { httpStatusCode: 400 } });
  });

  it("issues an MFA session for a current code, refuses a reused and a wrong code with AWS's AccessDenied", async () => {
    const erin = userClients("erin");
    const device = await createDevice(erin, "erin");
    await erin.iam.send(new EnableMFADeviceCommand({ UserName: "erin", SerialNumber: device.serial, AuthenticationCode1: codeAt(device.seed, -1), AuthenticationCode2: codeAt(device.seed, 0) }));
    // The enable codes are spent: the current one is refused as reused.
    await expect(erin.sts.send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: codeAt(device.seed, 0) })))
      .rejects.toMatchObject({ Code: "AccessDenied", $metadata: { httpStatusCode: 403 }, message: "MultiFactorAuthentication failed, unable to validate MFA code." });
    clock.advanceSeconds(30);
    const code = codeAt(device.seed, 0);
    const ok = await erin.sts.send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: code, DurationSeconds: 3600 }));
    expect(ok.Credentials?.Expiration?.getTime()).toBe(clock.now() + 3600_000);
    await expect(erin.sts.send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: code })))
      .rejects.toMatchObject({ Code: "AccessDenied", message: "MultiFactorAuthentication failed, unable to validate MFA code." });
    clock.advanceSeconds(30);
    const wrong = codeAt(device.seed, 0) === "123456" ? "654321" : "123456";
    await expect(erin.sts.send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: wrong })))
      .rejects.toMatchObject({ Code: "AccessDenied", message: "MultiFactorAuthentication failed with invalid MFA one time pass code." });
    // Codes one step away either side are accepted, two steps are not.
    await expect(erin.sts.send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: codeAt(device.seed, 2) }))).rejects.toMatchObject({ Code: "AccessDenied" });
    await expect(erin.sts.send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: codeAt(device.seed, 1) }))).resolves.toBeDefined();
  });

  it("enforces GetSessionToken's duration limits and refuses it with session credentials", async () => {
    const frank = userClients("frank");
    await expect(frank.sts.send(new GetSessionTokenCommand({ DurationSeconds: 899 }))).rejects.toMatchObject({ Code: "ValidationError", $metadata: { httpStatusCode: 400 } });
    await expect(frank.sts.send(new GetSessionTokenCommand({ DurationSeconds: 129601 }))).rejects.toMatchObject({ Code: "ValidationError" });
    const max = await frank.sts.send(new GetSessionTokenCommand({ DurationSeconds: 129600 }));
    const viaSession = sdkClients(sandbox.endpoint, session(max.Credentials));
    await expect(viaSession.sts.send(new GetSessionTokenCommand({}))).rejects.toMatchObject({ Code: "AccessDenied", $metadata: { httpStatusCode: 403 } });
  });

  it("refuses an expired session token with ExpiredToken", async () => {
    const gina = userClients("gina");
    const out = await gina.sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    const viaSession = sdkClients(sandbox.endpoint, session(out.Credentials));
    await expect(viaSession.sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({ Arn: gina.user.arn });
    clock.advanceSeconds(901);
    await expect(viaSession.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ Code: "ExpiredToken" });
    const tampered = sdkClients(sandbox.endpoint, { ...session(out.Credentials), sessionToken: "not-the-token" });
    await expect(tampered.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ Code: "InvalidClientTokenId" });
  });

  it("denies a marked user everything but getting an MFA session, then lets the MFA session through, EC2 included", async () => {
    const [instance] = sandbox.admin.seedInstances([{ tags: { Name: "web" } }]);
    const hank = userClients("hank", true);
    await expect(hank.iam.send(new ListAccessKeysCommand({}))).rejects.toMatchObject({ Code: "AccessDenied", $metadata: { httpStatusCode: 403 } });
    await expect(hank.ec2.send(new DescribeInstancesCommand({}))).rejects.toMatchObject({ Code: "UnauthorizedOperation", $metadata: { httpStatusCode: 403 } });
    await expect(hank.sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({ Arn: hank.user.arn });
    // Setting up their own device is allowed without MFA, managing someone else's is not.
    const device = await createDevice(hank, "hank");
    await expect(hank.iam.send(new ListMFADevicesCommand({ UserName: "carol" }))).rejects.toMatchObject({ Code: "AccessDenied" });
    await hank.iam.send(new EnableMFADeviceCommand({ UserName: "hank", SerialNumber: device.serial, AuthenticationCode1: codeAt(device.seed, -1), AuthenticationCode2: codeAt(device.seed, 0) }));
    const plain = await hank.sts.send(new GetSessionTokenCommand({}));
    await expect(sdkClients(sandbox.endpoint, session(plain.Credentials)).ec2.send(new DescribeInstancesCommand({}))).rejects.toMatchObject({ Code: "UnauthorizedOperation" });
    const mfa = await hank.sts.send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: codeAt(device.seed, 1) }));
    const viaMfa = sdkClients(sandbox.endpoint, session(mfa.Credentials));
    const described = await viaMfa.ec2.send(new DescribeInstancesCommand({ InstanceIds: [instance!.instanceId] }));
    expect(described.Reservations?.[0]?.Instances?.[0]).toMatchObject({ InstanceId: instance!.instanceId, State: { Name: "running", Code: 16 }, Tags: [{ Key: "Name", Value: "web" }] });
    await expect(viaMfa.iam.send(new ListAccessKeysCommand({}))).resolves.toMatchObject({ AccessKeyMetadata: [{ AccessKeyId: hank.credentials.accessKeyId }] });
    await expect(viaMfa.ec2.send(new DescribeInstancesCommand({ InstanceIds: ["i-0123456789abcdef0"] }))).rejects.toMatchObject({ Code: "InvalidInstanceID.NotFound", $metadata: { httpStatusCode: 400 } });
  });

  it("assumes an MFA-protected role only with MFA, and caps role chaining at one hour", async () => {
    const ivan = userClients("ivan");
    const device = await createDevice(ivan, "ivan");
    await ivan.iam.send(new EnableMFADeviceCommand({ UserName: "ivan", SerialNumber: device.serial, AuthenticationCode1: codeAt(device.seed, -1), AuthenticationCode2: codeAt(device.seed, 0) }));
    const trust = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: `arn:aws:iam::${sandbox.accountId}:root` }, Action: "sts:AssumeRole", Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }] };
    const role = await admin.iam.send(new CreateRoleCommand({ RoleName: "admin-mfa", AssumeRolePolicyDocument: JSON.stringify(trust), MaxSessionDuration: 7200 }));
    const roleArn = role.Role!.Arn!;
    await expect(ivan.sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "nomfa" }))).rejects.toMatchObject({ Code: "AccessDenied", $metadata: { httpStatusCode: 403 } });
    const direct = await ivan.sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "direct", SerialNumber: device.serial, TokenCode: codeAt(device.seed, 1), DurationSeconds: 7200 }));
    expect(direct.Credentials?.Expiration?.getTime()).toBe(clock.now() + 7200_000);
    await expect(ivan.sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "toolong", DurationSeconds: 7201 })))
      .rejects.toMatchObject({ Code: "ValidationError", message: "The requested DurationSeconds exceeds the MaxSessionDuration set for this role." });
    const viaRole = sdkClients(sandbox.endpoint, session(direct.Credentials));
    await expect(viaRole.sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "chained", DurationSeconds: 7200 })))
      .rejects.toMatchObject({ Code: "ValidationError", message: "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining." });
    const chained = await viaRole.sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "chained" }));
    expect(chained.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${sandbox.accountId}:assumed-role/admin-mfa/chained`);
    clock.advanceSeconds(30);
    const mfaSession = await ivan.sts.send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: codeAt(device.seed, 1) }));
    const fromSession = await sdkClients(sandbox.endpoint, session(mfaSession.Credentials)).sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "fromsession" }));
    expect(fromSession.Credentials?.AccessKeyId).toMatch(/^ASIA/);
  });

  it("keeps a device while assigned (DeleteConflict), tags it, resyncs it and deletes it once deactivated", async () => {
    const judy = userClients("judy");
    const device = await createDevice(judy, "judy");
    await judy.iam.send(new EnableMFADeviceCommand({ UserName: "judy", SerialNumber: device.serial, AuthenticationCode1: codeAt(device.seed, -1), AuthenticationCode2: codeAt(device.seed, 0) }));
    await expect(judy.iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: device.serial }))).rejects.toMatchObject({ Code: "DeleteConflict", $metadata: { httpStatusCode: 409 } });
    await judy.iam.send(new TagMFADeviceCommand({ SerialNumber: device.serial, Tags: [{ Key: "team", Value: "a" }, { Key: "env", Value: "dev" }] }));
    await judy.iam.send(new UntagMFADeviceCommand({ SerialNumber: device.serial, TagKeys: ["env"] }));
    expect((await judy.iam.send(new ListMFADeviceTagsCommand({ SerialNumber: device.serial }))).Tags).toEqual([{ Key: "team", Value: "a" }]);
    // A device whose clock runs 5 steps ahead: its codes fail until resynced.
    clock.advanceSeconds(60);
    await expect(judy.sts.send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: codeAt(device.seed, 5) }))).rejects.toMatchObject({ Code: "AccessDenied" });
    await judy.iam.send(new ResyncMFADeviceCommand({ UserName: "judy", SerialNumber: device.serial, AuthenticationCode1: codeAt(device.seed, 5), AuthenticationCode2: codeAt(device.seed, 6) }));
    clock.advanceSeconds(30);
    await expect(judy.sts.send(new GetSessionTokenCommand({ SerialNumber: device.serial, TokenCode: codeAt(device.seed, 6) }))).resolves.toBeDefined();
    await judy.iam.send(new DeactivateMFADeviceCommand({ UserName: "judy", SerialNumber: device.serial }));
    const unassigned = await admin.iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: "Unassigned" }));
    expect(unassigned.VirtualMFADevices?.map((d) => d.SerialNumber)).toContain(device.serial);
    await judy.iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: device.serial }));
    await expect(judy.iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: device.serial }))).rejects.toMatchObject({ Code: "NoSuchEntity", $metadata: { httpStatusCode: 404 } });
  });

  it("allows at most 8 devices per user and paginates ListVirtualMFADevices", async () => {
    const kim = userClients("kim");
    for (let i = 0; i < 9; i++) {
      const device = await createDevice(kim, `kim-${i}`);
      const enable = kim.iam.send(new EnableMFADeviceCommand({ UserName: "kim", SerialNumber: device.serial, AuthenticationCode1: codeAt(device.seed, -1), AuthenticationCode2: codeAt(device.seed, 0) }));
      if (i < 8) await enable;
      else await expect(enable).rejects.toMatchObject({ Code: "LimitExceeded", $metadata: { httpStatusCode: 409 } });
    }
    const all: string[] = [];
    let marker: string | undefined;
    do {
      const page = await admin.iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: "Assigned", MaxItems: 3, ...(marker ? { Marker: marker } : {}) }));
      expect(page.VirtualMFADevices!.length).toBeLessThanOrEqual(3);
      all.push(...page.VirtualMFADevices!.map((d) => d.SerialNumber!));
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
    expect(all.filter((s) => s.includes(":mfa/kim-"))).toHaveLength(8);
    expect(new Set(all).size).toBe(all.length);
    expect(getTotpCounter(clock.now())).toBeGreaterThan(0);
  });
});
