// The credential_process hit path must stay cheap: a fresh node process that finds a fresh cache entry
// answers without loading any @aws-sdk or @smithy module. Module loads are recorded by a resolve hook
// (module.register) in the child, so ESM imports are seen wherever they happen; CJS requires are
// checked through require.cache too.
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSessionCache } from "../cache/fileSessionCache.js";
import { type CompiledCoreSources, compileCoreSources } from "../testing/compileCoreSources.js";
import { getCredentials } from "./getCredentials.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import { loadProfile } from "./loadProfile.js";

const HOOKS = `
import { appendFileSync } from "node:fs";
let log;
export async function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(log, result.url + "\\n");
  return result;
}
`;
const REGISTER = `
import { register } from "node:module";
register(new URL("./hooks.mjs", import.meta.url), { data: { log: process.env.LOAD_LOG } });
`;
const WORKER = `
import { createRequire } from "node:module";
const [coreIndex, mode] = process.argv.slice(2);
const core = await import(coreIndex);
const result = await core.getCredentials({ profile: "base" });
if (mode === "control") {
  const { createAwsClients } = await import(new URL("./aws/createAwsClients.js", coreIndex).href);
  await createAwsClients().sts({ region: "us-east-1", credentials: { accessKeyId: "AKIAX", secretAccessKey: "x" } });
}
const requireCache = Object.keys(createRequire(import.meta.url).cache);
process.stdout.write(JSON.stringify({ source: result.source, accessKeyId: result.credentials.accessKeyId, requireCache }));
`;

const SDK = /[/\\](@aws-sdk|@smithy)[/\\+]/;

interface ChildReport {
  source: string;
  accessKeyId: string;
  requireCache: string[];
  resolved: string[];
}

describe(getCredentials.name, () => {
  let compiled: CompiledCoreSources;
  let dir: string;

  beforeAll(async () => {
    compiled = await compileCoreSources();
    dir = await fs.mkdtemp(join(tmpdir(), "mfa-session-nosdk-"));
    await Promise.all([
      fs.writeFile(join(dir, "hooks.mjs"), HOOKS),
      fs.writeFile(join(dir, "register.mjs"), REGISTER),
      fs.writeFile(join(dir, "worker.mjs"), WORKER),
      fs.writeFile(process.env.AWS_CONFIG_FILE!, "[profile base]\nregion = us-east-1\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\n"),
      fs.writeFile(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = not-a-real-secret\n"),
    ]);
    const profile = await loadProfile({ profile: "base", env: process.env, homedir: process.env.HOME! });
    const cache = createSessionCache({ dir: process.env.MFA_SESSION_CACHE_DIR! });
    await cache.write(
      getSessionCacheKeys(profile).mfaSession,
      { kind: "mfa-session", profile: "base", mfaSerial: profile.mfaSerial!, sourceProfile: "base" },
      { accessKeyId: "ASIACACHEDSESSION", secretAccessKey: "cached-secret", sessionToken: "cached-token", expiration: new Date(Date.now() + 3_600_000) },
    );
  });

  afterAll(async () => {
    await compiled?.cleanup();
    if (dir !== undefined) await fs.rm(dir, { recursive: true, force: true });
  });

  async function runChild(mode: "hit" | "control"): Promise<ChildReport> {
    const log = join(dir, `${mode}.log`);
    const child = spawn(
      process.execPath,
      ["--import", pathToFileURL(join(dir, "register.mjs")).href, join(dir, "worker.mjs"), pathToFileURL(compiled.resolve("index.ts")).href, mode],
      { env: { ...process.env, LOAD_LOG: log }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.once("error", reject);
      child.once("close", resolve);
    });
    expect(exitCode, stderr).toBe(0);
    const resolved = (await fs.readFile(log, "utf8")).split("\n").filter(Boolean);
    return { ...(JSON.parse(stdout) as Omit<ChildReport, "resolved">), resolved };
  }

  it("answers a cache hit in a fresh process without loading any @aws-sdk or @smithy module", async () => {
    const report = await runChild("hit");
    expect(report.source).toBe("cache");
    expect(report.accessKeyId).toBe("ASIACACHEDSESSION");
    expect(report.resolved.some((url) => url.endsWith("/index.js"))).toBe(true);
    expect(report.resolved.filter((url) => SDK.test(url))).toEqual([]);
    expect(report.requireCache.filter((path) => SDK.test(path))).toEqual([]);
  });

  it("would notice an SDK load (control: the same process then creates an STS client)", async () => {
    const report = await runChild("control");
    expect(report.source).toBe("cache");
    expect(report.resolved.some((url) => SDK.test(url))).toBe(true);
  });
});
