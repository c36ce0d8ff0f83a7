// The credential_process hit path must stay cheap: a fresh node process that finds a fresh cache entry
// answers without loading any @aws-sdk or @smithy module (probeCacheHitLoads records every module load).
import { promises as fs } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CacheHitProbe, PROBE_SESSION_KEY_ID, probeCacheHitLoads } from "../testing/probeCacheHitLoads.js";
import { getCredentials } from "./getCredentials.js";

const SDK = /[/\\](@aws-sdk|@smithy)[/\\+]/;

describe(getCredentials.name, () => {
  let probe: CacheHitProbe;

  beforeAll(async () => {
    await fs.writeFile(process.env.AWS_CONFIG_FILE!, "[profile base]\nregion = us-east-1\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\n");
    await fs.writeFile(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = not-a-real-secret\n");
    probe = await probeCacheHitLoads({
      profile: "base",
      control: `const { createAwsClients } = await import(new URL("./aws/createAwsClients.js", coreIndex).href);
await createAwsClients().sts({ region: "us-east-1", credentials: { accessKeyId: "AKIAX", secretAccessKey: "x" } });`,
    });
  });

  afterAll(async () => {
    await probe?.cleanup();
  });

  it("answers a cache hit in a fresh process without loading any @aws-sdk or @smithy module", async () => {
    const report = await probe.run("hit");
    expect(report.source).toBe("cache");
    expect(report.accessKeyId).toBe(PROBE_SESSION_KEY_ID);
    expect(report.resolved.some((url) => url.endsWith("/index.js"))).toBe(true);
    expect(report.resolved.filter((url) => SDK.test(url))).toEqual([]);
    expect(report.requireCache.filter((path) => SDK.test(path))).toEqual([]);
  });

  it("would notice an SDK load (control: the same process then creates an STS client)", async () => {
    const report = await probe.run("control");
    expect(report.source).toBe("cache");
    expect(report.resolved.some((url) => SDK.test(url))).toBe(true);
  });
});
