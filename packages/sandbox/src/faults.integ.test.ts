// Fault injection, switched at run time in-process and over the HTTP control path.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ListAccessKeysCommand } from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { DescribeInstancesCommand } from "@aws-sdk/client-ec2";
import { CONTROL_PATH } from "./control/handleControlRequest.js";
import { startSandbox, type Sandbox } from "./startSandbox.js";
import { sdkClients } from "./testing/sdkClients.js";

describe("sandbox fault injection", () => {
  let sandbox: Sandbox;
  let clients: ReturnType<typeof sdkClients>;
  beforeAll(async () => {
    sandbox = await startSandbox();
    clients = sdkClients(sandbox.endpoint, sandbox.admin);
  });
  afterEach(() => sandbox.faults.clear());
  afterAll(async () => {
    await sandbox.stop();
  });

  const control = (body: unknown, authorization = `SandboxAdmin ${sandbox.admin.accessKeyId}:${sandbox.admin.secretAccessKey}`) =>
    fetch(`${sandbox.endpoint}${CONTROL_PATH}`, { method: "POST", headers: { authorization, "content-type": "application/json" }, body: JSON.stringify(body) });

  it("throttles only the chosen action, for the chosen number of calls", async () => {
    sandbox.faults.set({ action: "GetCallerIdentity", kind: "throttle", times: 1 });
    await expect(clients.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: "Throttling", $metadata: { httpStatusCode: 400 } });
    await expect(clients.iam.send(new ListAccessKeysCommand({}))).resolves.toBeDefined();
    await expect(clients.sts.send(new GetCallerIdentityCommand({}))).resolves.toMatchObject({ Account: sandbox.accountId });
  });

  it("answers 5xx with InternalFailure or ServiceUnavailable, and EC2 throttling with RequestLimitExceeded", async () => {
    sandbox.faults.set({ action: "GetCallerIdentity", kind: "error", status: 503 });
    await expect(clients.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: "ServiceUnavailable", $metadata: { httpStatusCode: 503 } });
    sandbox.faults.set({ action: "*", kind: "error" });
    await expect(clients.iam.send(new ListAccessKeysCommand({}))).rejects.toMatchObject({ $metadata: { httpStatusCode: 500 } });
    sandbox.faults.clear();
    sandbox.faults.set({ action: "DescribeInstances", kind: "throttle" });
    await expect(clients.ec2.send(new DescribeInstancesCommand({}))).rejects.toMatchObject({ Code: "RequestLimitExceeded", $metadata: { httpStatusCode: 503 } });
  });

  it("drops the connection without an answer", async () => {
    sandbox.faults.set({ action: "GetCallerIdentity", kind: "drop", times: 1 });
    await expect(clients.sts.send(new GetCallerIdentityCommand({}))).rejects.toThrow(/socket hang up|ECONNRESET|closed/i);
    await expect(clients.sts.send(new GetCallerIdentityCommand({}))).resolves.toBeDefined();
  });

  it("delays the chosen action so a later call to another action answers first", async () => {
    sandbox.faults.set({ action: "GetCallerIdentity", kind: "latency", latencyMs: 400 });
    const order: string[] = [];
    const slow = clients.sts.send(new GetCallerIdentityCommand({})).then(() => order.push("slow"));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const fast = clients.iam.send(new ListAccessKeysCommand({})).then(() => order.push("fast"));
    await Promise.all([slow, fast]);
    expect(order).toEqual(["fast", "slow"]);
  });

  it("is switchable over the HTTP control path with the admin key, and only with it", async () => {
    expect((await control({ op: "listFaults" }, "SandboxAdmin wrong:key")).status).toBe(403);
    expect((await control({ op: "setFault", action: "GetCallerIdentity", kind: "throttle" })).status).toBe(200);
    expect(await (await control({ op: "listFaults" })).json()).toEqual({ faults: [{ action: "GetCallerIdentity", kind: "throttle" }] });
    await expect(clients.sts.send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: "Throttling" });
    expect((await control({ op: "clearFaults" })).status).toBe(200);
    await expect(clients.sts.send(new GetCallerIdentityCommand({}))).resolves.toBeDefined();
    const bad = await control({ op: "setFault", action: "X", kind: "explode" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toContain("kind among latency, throttle, error, drop");
  });

  it("creates users and reads seeds over the HTTP control path", async () => {
    const user = (await (await control({ op: "createUser", userName: "remote", requireMfa: true })).json()) as { accessKeyId: string };
    expect(user.accessKeyId).toMatch(/^AKIA/);
    const device = (await (await control({ op: "createMfaDevice", deviceName: "remote", userName: "remote" })).json()) as { serialNumber: string; seedBase32: string };
    const seed = (await (await control({ op: "getSeed", serialNumber: device.serialNumber })).json()) as { seedBase32: string };
    expect(seed.seedBase32).toBe(device.seedBase32);
    expect((await control({ op: "nope" })).status).toBe(400);
  });
});
