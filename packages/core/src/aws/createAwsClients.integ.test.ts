import { spawnSync } from "node:child_process";
import { createServer, type Socket } from "node:net";
import { GetCallerIdentityCommand } from "@aws-sdk/client-sts";
import { ListVirtualMFADevicesCommand } from "@aws-sdk/client-iam";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMoto, type MotoServer } from "../testing/startMoto.js";
import { createAwsClients } from "./createAwsClients.js";
import { translateAwsError } from "./translateAwsError.js";

const credentials = { accessKeyId: "AKIDEXAMPLEDUMMY", secretAccessKey: "dummy-secret" };
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
let moto: MotoServer;

beforeAll(async () => {
  // Listen before any client exists: the SDK warns once per process, on the first construction.
  process.on("warning", onWarning);
  moto = await startMoto();
});

afterAll(async () => {
  process.off("warning", onWarning);
  await moto?.stop();
});

describe(createAwsClients.name, () => {
  it("calls STS GetCallerIdentity on moto with explicit keys, and no SDK warning reaches stderr", async () => {
    const sts = await createAwsClients().sts({ region: "us-east-1", endpoint: moto.endpoint, credentials });
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    await new Promise((resolve) => setImmediate(resolve));
    expect(identity.Account).toMatch(/^\d{12}$/);
    expect(warnings.filter((w) => w.includes("NodeVersionSupportWarning"))).toEqual([]);
  });

  it("calls IAM through the same factory", async () => {
    const iam = await createAwsClients().iam({ region: "us-east-1", endpoint: moto.endpoint, credentials });
    const devices = await iam.send(new ListVirtualMFADevicesCommand({}));
    expect(Array.isArray(devices.VirtualMFADevices)).toBe(true);
  });

  it("turns a closed port into an ENDPOINT_UNREACHABLE error naming the endpoint", async () => {
    const endpoint = "http://127.0.0.1:9";
    const sts = await createAwsClients().sts({ region: "us-east-1", endpoint, credentials });
    const error = await sts.send(new GetCallerIdentityCommand({})).then(
      () => undefined,
      (caught: unknown) => translateAwsError(caught, { subject: "Profile test: GetCallerIdentity", endpoint }),
    );
    expect(error).toMatchObject({ code: "ENDPOINT_UNREACHABLE" });
    expect(error?.message).toContain("could not reach http://127.0.0.1:9");
    // The socket timeouts that bound a hung endpoint (resolved by the handler on first use).
    const handler = (sts as unknown as { config: { requestHandler: { httpHandlerConfigs(): object } } }).config.requestHandler;
    expect(handler.httpHandlerConfigs()).toMatchObject({ connectionTimeout: 5_000, requestTimeout: 12_000, throwOnRequestTimeout: true });
  });

  it("gives up on an endpoint that accepts connections but never answers", async () => {
    const sockets: Socket[] = [];
    const server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const endpoint = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
    try {
      const sts = await createAwsClients({ requestTimeoutMs: 300 }).sts({ region: "us-east-1", endpoint, credentials });
      const error = await sts.send(new GetCallerIdentityCommand({})).then(
        () => undefined,
        (caught: unknown) => translateAwsError(caught, { subject: "Profile test: GetCallerIdentity", endpoint }),
      );
      expect(error).toMatchObject({ code: "ENDPOINT_UNREACHABLE" });
      expect(error?.message).toContain("(timed out)");
      expect(sockets.length).toBe(3);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("needs the filter: a bare SDK client in a fresh process warns on Node < 22", () => {
    // Control for the first test, so it cannot pass just because the SDK stayed quiet.
    const script = 'import("@aws-sdk/client-sts").then((m) => { new m.STSClient({ region: "us-east-1" }); })';
    const { stderr } = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: process.cwd() });
    const major = Number(process.versions.node.split(".")[0]);
    expect(stderr.includes("NodeVersionSupportWarning")).toBe(major < 22);
  });
});
