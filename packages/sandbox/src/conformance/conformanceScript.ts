// The scripted calls the conformance suite makes, identically, against the sandbox and moto_server:
// every action both implement, successes and the errors AWS documents.
import {
  CreateAccessKeyCommand, CreateRoleCommand, CreateUserCommand, CreateVirtualMFADeviceCommand, DeactivateMFADeviceCommand,
  DeleteAccessKeyCommand, DeleteVirtualMFADeviceCommand, EnableMFADeviceCommand, GetMFADeviceCommand, GetRoleCommand, GetUserCommand,
  ListAccessKeysCommand, ListMFADevicesCommand, ListMFADeviceTagsCommand, ListVirtualMFADevicesCommand, ResyncMFADeviceCommand,
  TagMFADeviceCommand, UntagMFADeviceCommand,
} from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand } from "@aws-sdk/client-sts";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { sdkClients, type TestCredentials } from "../testing/sdkClients.js";
import { describeShape, type Shape } from "./describeShape.js";

export interface ConformanceTarget {
  endpoint: string;
  admin: TestCredentials;
  /** The TOTP code `stepOffset` steps from the target's now (moto never checks it). */
  codeAt(seedBase32: string, stepOffset: number): string;
  /** Moves the target's clock one TOTP step on (so fresh codes exist); a no-op for moto. */
  nextStep(): void;
  /** Puts two running instances in us-east-1 and returns their ids. */
  seedInstances(): Promise<string[]>;
}

export type Outcome = { ok: Shape } | { error: { code: string; status: number | undefined } };

export async function runConformanceScript(target: ConformanceTarget): Promise<Map<string, Outcome>> {
  const outcomes = new Map<string, Outcome>();
  const admin = sdkClients(target.endpoint, target.admin);
  const record = async <T>(name: string, call: () => Promise<T>): Promise<T | undefined> => {
    try {
      const output = await call();
      outcomes.set(name, { ok: describeShape(output) });
      return output;
    } catch (error) {
      const e = error as { Code?: string; name?: string; $metadata?: { httpStatusCode?: number } };
      outcomes.set(name, { error: { code: e.Code ?? e.name ?? "unknown", status: e.$metadata?.httpStatusCode } });
      return undefined;
    }
  };

  await record("CreateUser", () => admin.iam.send(new CreateUserCommand({ UserName: "conf-user" })));
  await record("CreateUser existing", () => admin.iam.send(new CreateUserCommand({ UserName: "conf-user" })));
  await record("GetUser", () => admin.iam.send(new GetUserCommand({ UserName: "conf-user" })));
  await record("GetUser missing", () => admin.iam.send(new GetUserCommand({ UserName: "conf-nobody" })));
  const key = await record("CreateAccessKey", () => admin.iam.send(new CreateAccessKeyCommand({ UserName: "conf-user" })));
  await record("ListAccessKeys", () => admin.iam.send(new ListAccessKeysCommand({ UserName: "conf-user" })));
  await record("DeleteAccessKey missing", () => admin.iam.send(new DeleteAccessKeyCommand({ UserName: "conf-user", AccessKeyId: "AKIAAAAAAAAAAAAAAAAA" })));
  const user = sdkClients(target.endpoint, { accessKeyId: key?.AccessKey?.AccessKeyId ?? "x", secretAccessKey: key?.AccessKey?.SecretAccessKey ?? "x" });

  const created = await record("CreateVirtualMFADevice", () => admin.iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "conf-device" })));
  await record("CreateVirtualMFADevice existing", () => admin.iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: "conf-device" })));
  const serial = created?.VirtualMFADevice?.SerialNumber ?? "arn:aws:iam::123456789012:mfa/conf-device";
  const seed = Buffer.from(created?.VirtualMFADevice?.Base32StringSeed ?? new Uint8Array()).toString("ascii");
  await record("ListVirtualMFADevices Unassigned", () => admin.iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: "Unassigned" })));
  await record("EnableMFADevice", () =>
    admin.iam.send(new EnableMFADeviceCommand({ UserName: "conf-user", SerialNumber: serial, AuthenticationCode1: target.codeAt(seed, -1), AuthenticationCode2: target.codeAt(seed, 0) })));
  await record("EnableMFADevice missing device", () =>
    admin.iam.send(new EnableMFADeviceCommand({ UserName: "conf-user", SerialNumber: `${serial}-missing`, AuthenticationCode1: "123456", AuthenticationCode2: "234567" })));
  await record("ListMFADevices", () => admin.iam.send(new ListMFADevicesCommand({ UserName: "conf-user" })));
  await record("ListMFADevices missing user", () => admin.iam.send(new ListMFADevicesCommand({ UserName: "conf-nobody" })));
  await record("ListVirtualMFADevices Assigned", () => admin.iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: "Assigned" })));
  await record("GetMFADevice", () => admin.iam.send(new GetMFADeviceCommand({ SerialNumber: serial, UserName: "conf-user" })));
  await record("TagMFADevice", () => admin.iam.send(new TagMFADeviceCommand({ SerialNumber: serial, Tags: [{ Key: "team", Value: "a" }] })));
  await record("ListMFADeviceTags", () => admin.iam.send(new ListMFADeviceTagsCommand({ SerialNumber: serial })));
  await record("UntagMFADevice", () => admin.iam.send(new UntagMFADeviceCommand({ SerialNumber: serial, TagKeys: ["team"] })));
  await record("ResyncMFADevice", () =>
    admin.iam.send(new ResyncMFADeviceCommand({ UserName: "conf-user", SerialNumber: serial, AuthenticationCode1: target.codeAt(seed, 0), AuthenticationCode2: target.codeAt(seed, 1) })));
  await record("DeleteVirtualMFADevice assigned", () => admin.iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial })));

  target.nextStep();
  target.nextStep();
  await record("GetSessionToken", () => user.sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 })));
  await record("GetSessionToken with MFA", () => user.sts.send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: target.codeAt(seed, 0), DurationSeconds: 3600 })));
  await record("GetCallerIdentity", () => user.sts.send(new GetCallerIdentityCommand({})));

  const trust = JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "sts:AssumeRole" }] });
  const role = await record("CreateRole", () => admin.iam.send(new CreateRoleCommand({ RoleName: "conf-role", AssumeRolePolicyDocument: trust })));
  await record("CreateRole existing", () => admin.iam.send(new CreateRoleCommand({ RoleName: "conf-role", AssumeRolePolicyDocument: trust })));
  await record("GetRole", () => admin.iam.send(new GetRoleCommand({ RoleName: "conf-role" })));
  await record("GetRole missing", () => admin.iam.send(new GetRoleCommand({ RoleName: "conf-missing" })));
  target.nextStep();
  await record("AssumeRole with MFA", () =>
    user.sts.send(new AssumeRoleCommand({ RoleArn: role?.Role?.Arn ?? "arn:aws:iam::123456789012:role/conf-role", RoleSessionName: "conf", SerialNumber: serial, TokenCode: target.codeAt(seed, 0) })));

  await record("DeactivateMFADevice", () => admin.iam.send(new DeactivateMFADeviceCommand({ UserName: "conf-user", SerialNumber: serial })));
  await record("DeactivateMFADevice not assigned", () => admin.iam.send(new DeactivateMFADeviceCommand({ UserName: "conf-user", SerialNumber: serial })));
  await record("DeleteVirtualMFADevice", () => admin.iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial })));
  await record("DeleteVirtualMFADevice missing", () => admin.iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial })));
  if (key?.AccessKey?.AccessKeyId) {
    await record("DeleteAccessKey", () => admin.iam.send(new DeleteAccessKeyCommand({ UserName: "conf-user", AccessKeyId: key.AccessKey!.AccessKeyId! })));
  }

  const ids = await target.seedInstances();
  await record("DescribeInstances", () => admin.ec2.send(new DescribeInstancesCommand({ InstanceIds: ids })));
  await record("DescribeInstances missing", () => admin.ec2.send(new DescribeInstancesCommand({ InstanceIds: ["i-0123456789abcdef0"] })));
  return outcomes;
}
