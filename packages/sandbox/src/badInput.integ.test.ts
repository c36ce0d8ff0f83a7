// Bad requests get AWS-shaped errors and never bring the sandbox down.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type Sandbox } from "./startSandbox.js";
import { createSecretScan } from "./testing/secretScan.js";
import { errorCode, signedPost } from "./testing/signedPost.js";

describe("sandbox bad input", () => {
  let sandbox: Sandbox;
  // Every answer to bad input and every server log line is scanned for the admin secret at the end.
  const scan = createSecretScan();
  beforeAll(async () => {
    sandbox = await startSandbox({ maxBodyBytes: 64 * 1024, logger: scan.logger });
    scan.add(sandbox.admin.secretAccessKey);
  });
  afterAll(async () => {
    await sandbox.stop();
    expect(scan.assertClean()).toBeGreaterThan(0);
  });
  const post = async (service: string, body: string | Buffer, authorization?: string | null) => {
    const response = await signedPost({ endpoint: sandbox.endpoint, service, credentials: sandbox.admin, body, ...(authorization !== undefined ? { authorization } : {}) });
    scan.record(`answer to a ${service} request`, response.body);
    return response;
  };

  async function stillServing() {
    const response = await post("sts", "Action=GetCallerIdentity&Version=2011-06-15");
    expect(response.status).toBe(200);
    expect(response.body).toContain("<GetCallerIdentityResponse");
  }

  it("answers an unsigned request with MissingAuthenticationToken in IAM's error shape", async () => {
    const response = await post("iam", "Action=ListAccessKeys&Version=2010-05-08", null);
    expect(response.status).toBe(403);
    expect(response.body).toMatch(/^<\?xml[^>]*>\n<ErrorResponse xmlns="https:\/\/iam\.amazonaws\.com\/doc\/2010-05-08\/"><Error><Type>Sender<\/Type><Code>MissingAuthenticationToken<\/Code>/);
    expect(response.body).toMatch(/<RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/);
  });

  it("answers a garbage Authorization header with IncompleteSignature", async () => {
    const response = await post("sts", "Action=GetCallerIdentity", "AWS4-HMAC-SHA256 nonsense");
    expect(response.status).toBe(403);
    expect(errorCode(response.body)).toBe("IncompleteSignature");
  });

  it("answers a signed binary garbage body with MissingAction", async () => {
    const response = await post("sts", Buffer.from([0, 255, 1, 254, 0x25, 0x7a, 0x7a, 10, 13]));
    expect(response.status).toBe(400);
    expect(errorCode(response.body)).toBe("MissingAction");
    await stillServing();
  });

  it("answers an unknown action with InvalidAction, in EC2's shape for EC2", async () => {
    const iam = await post("iam", "Action=Frobnicate&Version=2010-05-08");
    expect(iam.status).toBe(400);
    expect(errorCode(iam.body)).toBe("InvalidAction");
    expect(iam.body).toContain("Could not find operation Frobnicate for version 2010-05-08");
    const ec2 = await post("ec2", "Action=RunInstances&Version=2016-11-15");
    expect(ec2.status).toBe(400);
    expect(ec2.body).toMatch(/<Response><Errors><Error><Code>InvalidAction<\/Code>.*<\/Errors><RequestID>[0-9a-f-]{36}<\/RequestID><\/Response>$/);
  });

  it("answers missing and malformed parameters with ValidationError 400", async () => {
    const missing = await post("iam", "Action=CreateUser&Version=2010-05-08");
    expect(missing.status).toBe(400);
    expect(errorCode(missing.body)).toBe("ValidationError");
    expect(missing.body).toContain("Value null at 'userName' failed to satisfy constraint: Member must not be null");
    const malformed = await post("sts", "Action=GetSessionToken&Version=2011-06-15&DurationSeconds=abc");
    expect(errorCode(malformed.body)).toBe("ValidationError");
    const badName = await post("iam", `Action=CreateUser&Version=2010-05-08&UserName=${encodeURIComponent("<script>")}`);
    expect(errorCode(badName.body)).toBe("ValidationError");
    expect(badName.body).not.toContain("<script>");
    const badEc2 = await post("ec2", "Action=DescribeInstances&Version=2016-11-15&InstanceId.1=not-an-id");
    expect(errorCode(badEc2.body)).toBe("InvalidInstanceID.Malformed");
  });

  it("refuses a request signed for another service", async () => {
    const response = await post("s3", "Action=GetCallerIdentity&Version=2011-06-15");
    expect(response.status).toBe(403);
    expect(errorCode(response.body)).toBe("SignatureDoesNotMatch");
    expect(response.body).toContain("Credential should be scoped to correct service: 'sts'.");
  });

  it("answers a body over the limit with RequestEntityTooLarge 413 and keeps serving", async () => {
    const response = await post("iam", Buffer.alloc(2 * 1024 * 1024, 0x41));
    expect(response.status).toBe(413);
    expect(errorCode(response.body)).toBe("RequestEntityTooLarge");
    await stillServing();
  });

  it("answers 150 randomised parameter sets for every action with 200 or an AWS 4xx, never a 500", async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const actions = [
      ["iam", "2010-05-08", ["CreateUser", "GetUser", "CreateAccessKey", "DeleteAccessKey", "ListAccessKeys", "CreateVirtualMFADevice", "EnableMFADevice",
        "ResyncMFADevice", "DeactivateMFADevice", "DeleteVirtualMFADevice", "ListMFADevices", "ListVirtualMFADevices", "GetMFADevice", "TagMFADevice",
        "UntagMFADevice", "ListMFADeviceTags", "CreateRole", "GetRole"]],
      ["sts", "2011-06-15", ["GetSessionToken", "AssumeRole", "GetCallerIdentity"]],
      ["ec2", "2016-11-15", ["DescribeInstances"]],
    ] as const;
    const names = ["UserName", "SerialNumber", "AuthenticationCode1", "AuthenticationCode2", "TokenCode", "DurationSeconds", "MaxItems", "Marker",
      "VirtualMFADeviceName", "Path", "RoleName", "RoleArn", "RoleSessionName", "AssumeRolePolicyDocument", "AccessKeyId", "AssignmentStatus",
      "Tags.member.1.Key", "Tags.member.1.Value", "TagKeys.member.1", "InstanceId.1", "Filter.1.Name", "Filter.1.Value.1", "MaxResults", "NextToken", "MaxSessionDuration"];
    const values = ["", "a", "123456", "-1", "0", "99999999999999999999", "1e3", "/", "//", "arn:aws:iam::123456789012:mfa/a", "arn:aws:iam::123456789012:role/r",
      "i-0123456789abcdef0", "tag:Name", "Assigned", "{}", '{"Statement":[]}', "\u0000\u0007", "é✓𝄞", "<x>&amp;", "x".repeat(3000), "c2FuZGJveC05OTk=", "%zz"];
    for (let i = 0; i < 150; i++) {
      const [service, version, list] = pick(actions);
      const form = new URLSearchParams({ Action: pick(list), Version: version });
      for (let n = Math.floor(random() * 5); n > 0; n--) form.set(pick(names), pick(values));
      const response = await post(service, form.toString());
      expect(response.status, `${form.toString().slice(0, 200)} -> ${response.body.slice(0, 300)}`).toBeLessThan(500);
      if (response.status !== 200) expect(errorCode(response.body)).toMatch(/^[A-Za-z.]+$/);
    }
    await stillServing();
  });

  it("survives malformed HTTP on a raw socket", async () => {
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(sandbox.port, "127.0.0.1", () => socket.write("GARBAGE \x00\x01 NOT HTTP\r\n\r\n"));
      let text = "";
      socket.on("data", (chunk) => (text += chunk.toString("latin1")));
      socket.on("close", () => resolve(text));
      socket.on("error", () => resolve(text));
    });
    expect(reply).toContain("400 Bad Request");
    await stillServing();
  });
});

describe("sandbox request-time check", () => {
  it("refuses a signature dated more than 15 minutes from the wall clock, as AWS does", async () => {
    const sandbox = await startSandbox({ wallClock: { now: () => Date.now() + 3600_000 } });
    try {
      const sts = await signedPost({ endpoint: sandbox.endpoint, service: "sts", credentials: sandbox.admin, body: "Action=GetCallerIdentity&Version=2011-06-15" });
      expect(sts.status).toBe(403);
      expect(errorCode(sts.body)).toBe("SignatureDoesNotMatch");
      expect(sts.body).toMatch(/Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z/);
      const ec2 = await signedPost({ endpoint: sandbox.endpoint, service: "ec2", credentials: sandbox.admin, body: "Action=DescribeInstances&Version=2016-11-15" });
      expect(errorCode(ec2.body)).toBe("RequestExpired");
    } finally {
      await sandbox.stop();
    }
  });
});

