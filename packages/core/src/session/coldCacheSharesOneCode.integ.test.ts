// Many processes (credential_process calls from parallel SDK clients) start with a cold cache: the
// device lock and the re-check inside it make exactly one of them ask for a code and call STS; the
// others get the same credentials from the cache. Real getCredentials in real node processes, moto as STS.
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CompiledCoreSources, compileCoreSources } from "../testing/compileCoreSources.js";
import { type MotoServer, startMoto } from "../testing/startMoto.js";
import { getCredentials } from "./getCredentials.js";

const PROCESSES = 6;
const WORKER = `
const core = await import(process.argv[2]);
const result = await core.getCredentials({ profile: "admin" });
process.stdout.write(JSON.stringify({ source: result.source, accessKeyId: result.credentials.accessKeyId }));
`;

function runWorker(script: string, coreIndex: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [script, coreIndex], { env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe(getCredentials.name, () => {
  let moto: MotoServer;
  let compiled: CompiledCoreSources;
  let dir: string;

  beforeAll(async () => {
    [moto, compiled, dir] = await Promise.all([startMoto(), compileCoreSources(), fs.mkdtemp(join(tmpdir(), "mfa-session-cold-"))]);
    await fs.writeFile(join(dir, "worker.mjs"), WORKER);
    await fs.writeFile(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = not-a-real-secret\n");
    await fs.writeFile(
      process.env.AWS_CONFIG_FILE!,
      [
        "[profile base]",
        "region = us-east-1",
        "mfa_serial = arn:aws:iam::123456789012:mfa/alice",
        `mfa_process = echo asked >> ${join(dir, "prompts.log")} && printf 123456`,
        "",
        "[profile admin]",
        "role_arn = arn:aws:iam::123456789012:role/admin",
        "source_profile = base",
        "",
      ].join("\n"),
    );
  });

  afterAll(async () => {
    await Promise.all([moto?.stop(), compiled?.cleanup(), dir ? fs.rm(dir, { recursive: true, force: true }) : undefined]);
  });

  it(`asks for one code when ${PROCESSES} processes start with a cold cache, and all get the same credentials`, async () => {
    const env = { ...process.env, AWS_ENDPOINT_URL: moto.endpoint };
    const coreIndex = pathToFileURL(compiled.resolve("index.ts")).href;
    const results = await Promise.all(Array.from({ length: PROCESSES }, () => runWorker(join(dir, "worker.mjs"), coreIndex, env)));
    for (const result of results) expect(result.code, result.stderr).toBe(0);
    const reports = results.map((result) => JSON.parse(result.stdout) as { source: string; accessKeyId: string });
    expect(new Set(reports.map((r) => r.accessKeyId)).size).toBe(1);
    expect(reports.filter((r) => r.source === "sts")).toHaveLength(1);
    expect((await fs.readFile(join(dir, "prompts.log"), "utf8")).trim().split("\n")).toEqual(["asked"]);
  });
});
