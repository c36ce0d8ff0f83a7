// An in-memory IAM and STS for key rotation's unit tests: access keys per user with IAM's two-key
// limit and NoSuchEntity for a key that is not the user's, and GetCallerIdentity that knows only
// active keys. Each call can be made to fail (an AWS error by code) a number of times.
import type { AwsCredentials } from "../../../config/ResolvedProfile.js";
import type { IamPort, StsPort } from "../../../ports/ports.js";

export interface FakeKey {
  accessKeyId: string;
  secretAccessKey: string;
  userName: string;
  status: "Active" | "Inactive";
  createDate: Date;
}

export interface FakeKeyIam {
  /** IAM signed as `userName` (what the MFA session would be). */
  iam: IamPort;
  stsFor(credentials: AwsCredentials): Promise<StsPort>;
  keys: Map<string, FakeKey>;
  /** Command names in call order, e.g. "CreateAccessKeyCommand". */
  calls: string[];
  failNext(command: string, code: string, times?: number): void;
  addKey(userName: string, status?: "Active" | "Inactive"): FakeKey;
}

export function createFakeKeyIam(options: { userName?: string } = {}): FakeKeyIam {
  const caller = options.userName ?? "alice";
  const keys = new Map<string, FakeKey>();
  const calls: string[] = [];
  const failures: Array<{ command: string; code: string }> = [];
  let serial = 0;
  const fail = (code: string, message = code): never => {
    throw Object.assign(new Error(message), { name: code, $metadata: { httpStatusCode: 400 } });
  };
  const addKey = (userName: string, status: "Active" | "Inactive" = "Active"): FakeKey => {
    serial += 1;
    const key = { accessKeyId: `AKIAFAKE${String(serial).padStart(12, "0")}`, secretAccessKey: `fake-secret-${serial}-${"s".repeat(24)}`, userName, status, createDate: new Date(Date.UTC(2026, 0, serial)) };
    keys.set(key.accessKeyId, key);
    return key;
  };
  const own = () => [...keys.values()].filter((key) => key.userName === caller);
  const record = (name: string) => {
    calls.push(name);
    const index = failures.findIndex((f) => f.command === name);
    if (index !== -1) fail(failures.splice(index, 1)[0]!.code);
  };
  const handlers: Record<string, (input: any) => unknown> = {
    ListAccessKeysCommand: () => ({ AccessKeyMetadata: own().map((k) => ({ AccessKeyId: k.accessKeyId, UserName: k.userName, Status: k.status, CreateDate: k.createDate })), IsTruncated: false }),
    CreateAccessKeyCommand(input) {
      if ((input.UserName ?? caller) !== caller) fail("AccessDenied");
      if (own().length >= 2) fail("LimitExceeded", "Cannot exceed quota for AccessKeysPerUser: 2");
      const key = addKey(caller);
      return { AccessKey: { AccessKeyId: key.accessKeyId, SecretAccessKey: key.secretAccessKey, UserName: caller, Status: "Active" } };
    },
    DeleteAccessKeyCommand(input) {
      const key = keys.get(input.AccessKeyId);
      if (!key || key.userName !== (input.UserName ?? caller)) fail("NoSuchEntity", `The Access Key with id ${input.AccessKeyId} cannot be found.`);
      keys.delete(input.AccessKeyId);
      return {};
    },
  };
  const iam = {
    async send(command: { constructor: { name: string }; input: unknown }) {
      const name = command.constructor.name;
      record(name);
      return (handlers[name] ?? fail("InvalidAction"))(command.input);
    },
  } as unknown as IamPort;
  const stsFor = async (credentials: AwsCredentials): Promise<StsPort> => ({
    async send(command: { constructor: { name: string } }) {
      record(command.constructor.name);
      const key = keys.get(credentials.accessKeyId);
      if (!key || key.status !== "Active") fail("InvalidClientTokenId", "The security token included in the request is invalid.");
      if (key!.secretAccessKey !== credentials.secretAccessKey) fail("SignatureDoesNotMatch");
      return { Arn: `arn:aws:iam::123456789012:user/${key!.userName}`, Account: "123456789012", UserId: "AIDAFAKE" };
    },
  }) as unknown as StsPort;
  return {
    iam, stsFor, keys, calls, addKey,
    failNext(command, code, times = 1) {
      for (let i = 0; i < times; i++) failures.push({ command, code });
    },
  };
}
