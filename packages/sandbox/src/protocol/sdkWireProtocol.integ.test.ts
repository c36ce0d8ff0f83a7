// Pins what the installed SDK v3 clients put on the wire, because the sandbox speaks only the Query
// and EC2 Query protocols: if an SDK upgrade moves STS or IAM to the AWS JSON protocol, this fails
// first and says so.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ListAccessKeysCommand } from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { sdkClients } from "../testing/sdkClients.js";

describe("SDK v3 wire protocol", () => {
  const seen: { headers: IncomingHttpHeaders; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      seen.push({ headers: request.headers, body });
      response.writeHead(500).end();
    });
  });
  let clients: ReturnType<typeof sdkClients>;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    clients = sdkClients(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, { accessKeyId: "AKIAEXAMPLE", secretAccessKey: "secret" });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ["sts", () => clients.sts.send(new GetCallerIdentityCommand({})), "Action=GetCallerIdentity&Version=2011-06-15"],
    ["iam", () => clients.iam.send(new ListAccessKeysCommand({})), "Action=ListAccessKeys&Version=2010-05-08"],
    ["ec2", () => clients.ec2.send(new DescribeInstancesCommand({})), "Action=DescribeInstances&Version=2016-11-15"],
  ] as const)("%s sends a form-encoded Query POST signed for its service, without X-Amz-Target", async (service, call, body) => {
    seen.length = 0;
    await call().catch(() => undefined);
    const request = seen[0]!;
    expect(request.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request.headers["x-amz-target"]).toBeUndefined();
    expect(request.headers.authorization).toContain(`/us-east-1/${service}/aws4_request`);
    expect(request.body).toBe(body);
  });
});
