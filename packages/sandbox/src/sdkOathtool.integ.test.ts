// The whole device lifecycle through SDK v3 clients with codes from oathtool and the QR code read
// back by zbarimg: independent tools, so the sandbox is not checked against its own TOTP code.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CreateAccessKeyCommand, CreateUserCommand, CreateVirtualMFADeviceCommand, DeactivateMFADeviceCommand, DeleteVirtualMFADeviceCommand,
  EnableMFADeviceCommand, ListMFADevicesCommand,
} from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand, GetSessionTokenCommand } from "@aws-sdk/client-sts";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { startSandbox, type Sandbox } from "./startSandbox.js";
import { oathtoolCode, zbarimgDecode } from "./testing/oathtool.js";
import { sdkClients } from "./testing/sdkClients.js";
import { createTestClock } from "./testing/testClock.js";

describe("sandbox with SDK v3, oathtool and zbarimg", () => {
  const clock = createTestClock(Date.UTC(2026, 3, 1, 7, 0, 0));
  const dir = mkdtempSync(join(tmpdir(), "sandbox-sdk-qr-"));
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ clock });
  });
  afterAll(async () => {
    await sandbox.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs the device lifecycle with oathtool codes and refuses wrong, reused and non-consecutive codes with AWS's errors", async () => {
    const admin = sdkClients(sandbox.endpoint, sandbox.admin);
    sandbox.admin.seedInstances([{ instanceId: "i-0bbbbbbbbbbbbbbb1" }]);
    await admin.iam.send(new CreateUserCommand({ UserName: "sdk-user" }));
    const key = (await admin.iam.send(new CreateAccessKeyCommand({ UserName: "sdk-user" }))).AccessKey!;
    sandbox.admin.setRequireMfa({ userName: "sdk-user", requireMfa: true });
    const user = sdkClients(sandbox.endpoint, { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! });

    const created = (await user.iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "sdk-user" }))).VirtualMFADevice!;
    const serial = created.SerialNumber!;
    const seed = Buffer.from(created.Base32StringSeed!).toString("ascii");
    const qrPath = join(dir, "qr.png");
    writeFileSync(qrPath, created.QRCodePNG!);
    const uri = new URL(zbarimgDecode(qrPath));
    expect(`${uri.protocol}//${uri.host}${uri.pathname}`).toBe(`otpauth://totp/sdk-user@${sandbox.accountId}`);
    expect(uri.searchParams.get("secret")).toBe(seed);

    const now = clock.now();
    const enable = (code1: string, code2: string) =>
      user.iam.send(new EnableMFADeviceCommand({ UserName: "sdk-user", SerialNumber: serial, AuthenticationCode1: code1, AuthenticationCode2: code2 }));
    await expect(enable(oathtoolCode(seed, now, -1), oathtoolCode(seed, now, 1))).rejects.toMatchObject({ Code: "InvalidAuthenticationCode", $metadata: { httpStatusCode: 403 } });
    await expect(enable(oathtoolCode(seed, now), oathtoolCode(seed, now))).rejects.toMatchObject({ Code: "InvalidAuthenticationCode" });
    await enable(oathtoolCode(seed, now, -1), oathtoolCode(seed, now));
    expect((await user.iam.send(new ListMFADevicesCommand({}))).MFADevices?.map((d) => d.SerialNumber)).toEqual([serial]);

    clock.advanceSeconds(30);
    const code = oathtoolCode(seed, clock.now());
    const session = (await user.sts.send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: code }))).Credentials!;
    await expect(user.sts.send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: code })))
      .rejects.toMatchObject({ name: "AccessDenied", $metadata: { httpStatusCode: 403 }, message: "MultiFactorAuthentication failed, unable to validate MFA code." });
    clock.advanceSeconds(30);
    const wrong = oathtoolCode(seed, clock.now()) === "999999" ? "999998" : "999999";
    await expect(user.sts.send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: wrong })))
      .rejects.toMatchObject({ name: "AccessDenied", message: "MultiFactorAuthentication failed with invalid MFA one time pass code." });

    const mfa = sdkClients(sandbox.endpoint, { accessKeyId: session.AccessKeyId!, secretAccessKey: session.SecretAccessKey!, sessionToken: session.SessionToken! });
    await expect(user.ec2.send(new DescribeInstancesCommand({}))).rejects.toMatchObject({ Code: "UnauthorizedOperation" });
    const described = await mfa.ec2.send(new DescribeInstancesCommand({}));
    expect(described.Reservations?.flatMap((r) => r.Instances ?? []).map((i) => i.InstanceId)).toEqual(["i-0bbbbbbbbbbbbbbb1"]);

    await expect(mfa.iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial }))).rejects.toMatchObject({ Code: "DeleteConflict", $metadata: { httpStatusCode: 409 } });
    await mfa.iam.send(new DeactivateMFADeviceCommand({ UserName: "sdk-user", SerialNumber: serial }));
    await mfa.iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial }));
    expect((await mfa.iam.send(new ListMFADevicesCommand({}))).MFADevices).toEqual([]);
  });

  it("refuses a bad signature", async () => {
    const secret = sandbox.admin.secretAccessKey;
    const forgedSecret = `${secret.slice(0, -1)}${secret.endsWith("x") ? "y" : "x"}`;
    const forged = sdkClients(sandbox.endpoint, { accessKeyId: sandbox.admin.accessKeyId, secretAccessKey: forgedSecret });
    await expect(forged.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: "SignatureDoesNotMatch", $metadata: { httpStatusCode: 403 } });
  });
});
