// Access keys as IAM keeps them, through real SDK v3 clients: two per user (Inactive ones count),
// NoSuchEntity for a key that is not the caller's, Inactive keys refused by STS, and sessions made
// from a key outliving the key (AWS does not revoke them). What `keys rotate` relies on.
import { CreateAccessKeyCommand, DeleteAccessKeyCommand, ListAccessKeysCommand, UpdateAccessKeyCommand } from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand, GetSessionTokenCommand } from "@aws-sdk/client-sts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "./startSandbox.js";
import { sdkClients } from "./testing/sdkClients.js";

describe("access keys through SDK v3", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox.stop();
  });

  function user(name: string, requireMfa = false) {
    const created = sandbox.admin.createUser({ userName: name, requireMfa });
    const credentials = { accessKeyId: created.accessKeyId!, secretAccessKey: created.secretAccessKey! };
    return { credentials, ...sdkClients(sandbox.endpoint, credentials) };
  }

  it("refuses a third key with LimitExceeded 409, counting an Inactive key", async () => {
    const ann = user("ann");
    const second = (await ann.iam.send(new CreateAccessKeyCommand({}))).AccessKey!;
    expect(second).toMatchObject({ UserName: "ann", Status: "Active" });
    await ann.iam.send(new UpdateAccessKeyCommand({ AccessKeyId: second.AccessKeyId!, Status: "Inactive" }));
    await expect(ann.iam.send(new CreateAccessKeyCommand({}))).rejects.toMatchObject({
      Code: "LimitExceeded", message: "Cannot exceed quota for AccessKeysPerUser: 2", $metadata: { httpStatusCode: 409 },
    });
    const listed = await ann.iam.send(new ListAccessKeysCommand({}));
    expect(listed.AccessKeyMetadata?.map((key) => [key.AccessKeyId, key.Status])).toEqual([[ann.credentials.accessKeyId, "Active"], [second.AccessKeyId, "Inactive"]]);
  });

  it("refuses an Inactive key at STS with InvalidClientTokenId and takes it again once Active", async () => {
    const ben = user("ben");
    const spare = (await ben.iam.send(new CreateAccessKeyCommand({}))).AccessKey!;
    const withSpare = sdkClients(sandbox.endpoint, { accessKeyId: spare.AccessKeyId!, secretAccessKey: spare.SecretAccessKey! });
    await expect(withSpare.sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({ Arn: `arn:aws:iam::${sandbox.accountId}:user/ben` });
    await ben.iam.send(new UpdateAccessKeyCommand({ AccessKeyId: spare.AccessKeyId!, Status: "Inactive" }));
    await expect(withSpare.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ Code: "InvalidClientTokenId", $metadata: { httpStatusCode: 403 } });
    await ben.iam.send(new UpdateAccessKeyCommand({ AccessKeyId: spare.AccessKeyId!, Status: "Active" }));
    await expect(withSpare.sts.send(new GetCallerIdentityCommand({}))).resolves.toBeDefined();
  });

  it("answers NoSuchEntity 404 for an unknown key and for another user's key, and ValidationError for a bad status", async () => {
    const cat = user("cat");
    const dan = user("dan");
    for (const command of [
      new DeleteAccessKeyCommand({ AccessKeyId: "AKIAUNKNOWN000000000" }),
      new DeleteAccessKeyCommand({ AccessKeyId: dan.credentials.accessKeyId }),
      new UpdateAccessKeyCommand({ AccessKeyId: dan.credentials.accessKeyId, Status: "Inactive" }),
    ]) {
      await expect(cat.iam.send(command as DeleteAccessKeyCommand)).rejects.toMatchObject({ Code: "NoSuchEntity", $metadata: { httpStatusCode: 404 } });
    }
    await expect(cat.iam.send(new UpdateAccessKeyCommand({ AccessKeyId: cat.credentials.accessKeyId, Status: "Paused" as "Active" }))).rejects.toMatchObject({ Code: "ValidationError" });
    await expect(dan.sts.send(new GetCallerIdentityCommand({}))).resolves.toBeDefined();
  });

  it("keeps a session made from a key valid after the key is deleted, as AWS does", async () => {
    const eve = user("eve");
    const made = (await eve.sts.send(new GetSessionTokenCommand({}))).Credentials!;
    const session = sdkClients(sandbox.endpoint, { accessKeyId: made.AccessKeyId!, secretAccessKey: made.SecretAccessKey!, sessionToken: made.SessionToken! });
    const next = (await session.iam.send(new CreateAccessKeyCommand({}))).AccessKey!;
    await session.iam.send(new DeleteAccessKeyCommand({ AccessKeyId: eve.credentials.accessKeyId }));
    await expect(eve.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ Code: "InvalidClientTokenId" });
    await expect(session.sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({ Arn: `arn:aws:iam::${sandbox.accountId}:user/eve` });
    const withNext = sdkClients(sandbox.endpoint, { accessKeyId: next.AccessKeyId!, secretAccessKey: next.SecretAccessKey! });
    await expect(withNext.iam.send(new ListAccessKeysCommand({}))).resolves.toMatchObject({ AccessKeyMetadata: [{ AccessKeyId: next.AccessKeyId }] });
  });

  it("denies key management without MFA to a user under the MFA policy", async () => {
    const fay = user("fay", true);
    for (const command of [new ListAccessKeysCommand({}), new CreateAccessKeyCommand({}), new UpdateAccessKeyCommand({ AccessKeyId: fay.credentials.accessKeyId, Status: "Inactive" })]) {
      await expect(fay.iam.send(command as ListAccessKeysCommand)).rejects.toMatchObject({ Code: "AccessDenied", $metadata: { httpStatusCode: 403 } });
    }
  });
});
