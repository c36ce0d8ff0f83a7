import type { IAMClient } from "@aws-sdk/client-iam";
import type { STSClient } from "@aws-sdk/client-sts";
import { describe, expect, it } from "vitest";
import { createAwsClients } from "./createAwsClients.js";

const credentials = { accessKeyId: "AKIDEXAMPLEDUMMY", secretAccessKey: "dummy-secret" };

describe(createAwsClients.name, () => {
  it("builds an STS client with explicit credentials, region, endpoint and standard retries (3 attempts)", async () => {
    const sts = (await createAwsClients().sts({ region: "eu-west-1", endpoint: "http://127.0.0.1:9", credentials })) as STSClient;
    expect(await sts.config.region()).toBe("eu-west-1");
    expect(await sts.config.credentials()).toMatchObject(credentials);
    expect(await sts.config.maxAttempts()).toBe(3);
    expect(((await sts.config.retryStrategy()) as { mode?: string }).mode).toBe("standard");
    expect(await sts.config.endpoint?.()).toMatchObject({ hostname: "127.0.0.1", port: 9, protocol: "http:" });
    expect(sts.config.requestHandler.constructor.name).toBe("NodeHttpHandler");
  });

  it("builds an IAM client the same way, leaving the endpoint to the SDK when none is given", async () => {
    const iam = (await createAwsClients({ maxAttempts: 2 }).iam({ region: "us-east-1", credentials })) as IAMClient;
    expect(await iam.config.maxAttempts()).toBe(2);
    expect(iam.config.endpoint).toBeUndefined();
  });
});
