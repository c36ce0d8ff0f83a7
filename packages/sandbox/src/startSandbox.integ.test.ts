import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateAccessKeyCommand, CreateUserCommand, GetUserCommand, ListAccessKeysCommand, DeleteAccessKeyCommand } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, GetCallerIdentityCommand, GetSessionTokenCommand, STSClient } from "@aws-sdk/client-sts";
import { startSandbox, type Sandbox } from "./startSandbox.js";
import { sdkClients } from "./testing/sdkClients.js";

describe(startSandbox.name, () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox.stop();
  });

  it("listens on 127.0.0.1 and answers GetCallerIdentity for the admin key", async () => {
    expect(sandbox.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const { sts } = sdkClients(sandbox.endpoint, sandbox.admin);
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Account).toBe(sandbox.accountId);
    expect(identity.Arn).toBe(`arn:aws:iam::${sandbox.accountId}:user/sandbox-admin`);
  });

  it("creates a user and an access key the new user can sign with", async () => {
    const { iam } = sdkClients(sandbox.endpoint, sandbox.admin);
    const created = await iam.send(new CreateUserCommand({ UserName: "alice" }));
    expect(created.User?.Arn).toBe(`arn:aws:iam::${sandbox.accountId}:user/alice`);
    expect(created.User?.CreateDate).toBeInstanceOf(Date);
    const key = await iam.send(new CreateAccessKeyCommand({ UserName: "alice" }));
    expect(key.AccessKey?.AccessKeyId).toMatch(/^AKIA/);
    const alice = sdkClients(sandbox.endpoint, { accessKeyId: key.AccessKey!.AccessKeyId!, secretAccessKey: key.AccessKey!.SecretAccessKey! });
    const me = await alice.iam.send(new GetUserCommand({}));
    expect(me.User?.UserName).toBe("alice");
    const listed = await iam.send(new ListAccessKeysCommand({ UserName: "alice" }));
    expect(listed.AccessKeyMetadata?.map((k) => k.AccessKeyId)).toEqual([key.AccessKey!.AccessKeyId]);
    await iam.send(new DeleteAccessKeyCommand({ UserName: "alice", AccessKeyId: key.AccessKey!.AccessKeyId! }));
    await expect(alice.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: "InvalidClientTokenId", $metadata: { httpStatusCode: 403 } });
  });

  it("is found by an SDK v3 client through AWS_ENDPOINT_URL alone", async () => {
    process.env.AWS_ENDPOINT_URL = sandbox.endpoint;
    try {
      const sts = new STSClient({ region: "eu-west-1", maxAttempts: 1, credentials: sandbox.admin });
      expect((await sts.send(new GetCallerIdentityCommand({}))).Account).toBe(sandbox.accountId);
    } finally {
      delete process.env.AWS_ENDPOINT_URL;
    }
  });

  it("refuses a request signed with the wrong secret with SignatureDoesNotMatch", async () => {
    const { sts } = sdkClients(sandbox.endpoint, { accessKeyId: sandbox.admin.accessKeyId, secretAccessKey: "wrong-secret-wrong-secret-wrong-secret00" });
    await expect(sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: "SignatureDoesNotMatch", $metadata: { httpStatusCode: 403 } });
  });

  it("issues session credentials that identify the user and assume a role", async () => {
    const bob = sandbox.admin.createUser({ userName: "bob" });
    const role = sandbox.admin.createRole({ roleName: "deployer" });
    const { sts } = sdkClients(sandbox.endpoint, { accessKeyId: bob.accessKeyId!, secretAccessKey: bob.secretAccessKey! });
    const session = await sts.send(new GetSessionTokenCommand({ DurationSeconds: 900 }));
    expect(session.Credentials?.AccessKeyId).toMatch(/^ASIA/);
    expect(sandbox.admin.countMfaSessions("bob")).toBe(0); // a session without a code is not an MFA session
    const viaSession = sdkClients(sandbox.endpoint, {
      accessKeyId: session.Credentials!.AccessKeyId!,
      secretAccessKey: session.Credentials!.SecretAccessKey!,
      sessionToken: session.Credentials!.SessionToken!,
    });
    expect((await viaSession.sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(bob.arn);
    const assumed = await viaSession.sts.send(new AssumeRoleCommand({ RoleArn: role.arn, RoleSessionName: "s1" }));
    expect(assumed.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${sandbox.accountId}:assumed-role/deployer/s1`);
  });
});
