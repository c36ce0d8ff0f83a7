// A cache hit for a profile whose keys are in the OS keychain must not open the keychain: no unlock
// prompt, no native module load. A fresh node process answers from the cache while a resolve hook
// records every module it loads; @napi-rs/keyring must not be among them. The control run then opens
// the keychain in the same process, to show the hook would have seen it.
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSessionCache } from "../cache/fileSessionCache.js";
import { getSessionCacheKeys } from "../session/getSessionCacheKeys.js";
import { loadProfile } from "../session/loadProfile.js";
import { type CompiledCoreSources, compileCoreSources } from "../testing/compileCoreSources.js";
import { createKeyringStore } from "./keyringStore.js";

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
const result = await core.getCredentials({ profile: "dev" });
if (mode === "control") await core.createKeyringStore().list().catch(() => undefined);
const requireCache = Object.keys(createRequire(import.meta.url).cache);
process.stdout.write(JSON.stringify({ source: result.source, accessKeyId: result.credentials.accessKeyId, requireCache }));
`;

const KEYRING = /[/\\]@napi-rs[/\\+]keyring|keyring\.[\w-]+\.node$/;

describe(createKeyringStore.name, () => {
  let compiled: CompiledCoreSources;
  let dir: string;

  beforeAll(async () => {
    compiled = await compileCoreSources();
    dir = await fs.mkdtemp(join(tmpdir(), "mfa-session-nokeyring-"));
    await Promise.all([
      fs.writeFile(join(dir, "hooks.mjs"), HOOKS),
      fs.writeFile(join(dir, "register.mjs"), REGISTER),
      fs.writeFile(join(dir, "worker.mjs"), WORKER),
      fs.writeFile(process.env.AWS_CONFIG_FILE!,
        "[profile dev]\nregion = us-east-1\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\nmfa_session_key_store = keychain\nmfa_session_access_key_id = AKIAIOSFODNN7EXAMPLE\n"),
      fs.writeFile(process.env.AWS_SHARED_CREDENTIALS_FILE!, ""),
    ]);
    const profile = await loadProfile({ profile: "dev", env: process.env, homedir: process.env.HOME! });
    const cache = createSessionCache({ dir: process.env.MFA_SESSION_CACHE_DIR! });
    await cache.write(
      getSessionCacheKeys(profile).mfaSession,
      { kind: "mfa-session", profile: "dev", mfaSerial: profile.mfaSerial!, sourceProfile: "dev" },
      { accessKeyId: "ASIACACHEDSESSION", secretAccessKey: "cached-secret", sessionToken: "cached-token", expiration: new Date(Date.now() + 3_600_000) },
    );
  });

  afterAll(async () => {
    await compiled?.cleanup();
    if (dir !== undefined) await fs.rm(dir, { recursive: true, force: true });
  });

  async function runChild(mode: "hit" | "control"): Promise<{ source: string; accessKeyId: string; requireCache: string[]; resolved: string[] }> {
    const log = join(dir, `${mode}.log`);
    // No Secret Service is reachable: a keychain read would fail, not hang.
    const env = { ...process.env, LOAD_LOG: log, DBUS_SESSION_BUS_ADDRESS: "unix:path=/nonexistent/mfa-session-test-bus" };
    const child = spawn(
      process.execPath,
      ["--import", pathToFileURL(join(dir, "register.mjs")).href, join(dir, "worker.mjs"), pathToFileURL(compiled.resolve("index.ts")).href, mode],
      { env, stdio: ["ignore", "pipe", "pipe"] },
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
    return { ...JSON.parse(stdout), resolved };
  }

  it("answers a cache hit for keychain-held keys without loading @napi-rs/keyring", async () => {
    const report = await runChild("hit");
    expect(report.source).toBe("cache");
    expect(report.accessKeyId).toBe("ASIACACHEDSESSION");
    expect(report.resolved.some((url) => url.endsWith("/keys/keyringStore.js"))).toBe(true);
    expect(report.resolved.filter((url) => KEYRING.test(url))).toEqual([]);
    expect(report.requireCache.filter((path) => KEYRING.test(path))).toEqual([]);
  });

  it("would notice a keychain load (control: the same process then lists the keychain)", async () => {
    const report = await runChild("control");
    expect(report.source).toBe("cache");
    expect([...report.resolved, ...report.requireCache].some((url) => KEYRING.test(url))).toBe(true);
  });
});
