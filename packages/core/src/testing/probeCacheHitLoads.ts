// A cache hit answered in a fresh node process while a resolve hook (module.register) records every
// module it loads, and require.cache shows the CJS ones: what the "a hit loads no X" tests share. The
// profile's cache entry is written here (a fresh MFA session); the test writes the AWS files first.
// `control` is code run after the hit in "control" mode (with `core` and `coreIndex` in scope), which
// loads what the hit must not, to show the probe would see it.
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createSessionCache } from "../cache/fileSessionCache.js";
import type { Env } from "../config/Env.js";
import { getSessionCacheKeys } from "../session/getSessionCacheKeys.js";
import { loadProfile } from "../session/loadProfile.js";
import { compileCoreSources } from "./compileCoreSources.js";

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
const worker = (profile: string, control: string) => `
import { createRequire } from "node:module";
const [coreIndex, mode] = process.argv.slice(2);
const core = await import(coreIndex);
const result = await core.getCredentials({ profile: ${JSON.stringify(profile)} });
if (mode === "control") {
${control}
}
const requireCache = Object.keys(createRequire(import.meta.url).cache);
process.stdout.write(JSON.stringify({ source: result.source, accessKeyId: result.credentials.accessKeyId, requireCache }));
`;

export interface CacheHitLoads {
  source: string;
  accessKeyId: string;
  /** Paths in the child's require.cache. */
  requireCache: string[];
  /** Every URL the resolve hook saw. */
  resolved: string[];
}

export interface CacheHitProbe {
  run(mode: "hit" | "control", env?: Env): Promise<CacheHitLoads>;
  cleanup(): Promise<void>;
}

/** The cached session's access key id, which `run` reports back on a hit. */
export const PROBE_SESSION_KEY_ID = "ASIACACHEDSESSION";

export async function probeCacheHitLoads(options: { profile: string; control: string }): Promise<CacheHitProbe> {
  const compiled = await compileCoreSources();
  const dir = await fs.mkdtemp(join(tmpdir(), "mfa-session-loads-"));
  await Promise.all([
    fs.writeFile(join(dir, "hooks.mjs"), HOOKS),
    fs.writeFile(join(dir, "register.mjs"), REGISTER),
    fs.writeFile(join(dir, "worker.mjs"), worker(options.profile, options.control)),
  ]);
  const profile = await loadProfile({ profile: options.profile, env: process.env, homedir: process.env.HOME! });
  await createSessionCache({ dir: process.env.MFA_SESSION_CACHE_DIR! }).write(
    getSessionCacheKeys(profile).mfaSession,
    { kind: "mfa-session", profile: options.profile, mfaSerial: profile.mfaSerial!, sourceProfile: profile.sourceProfile },
    { accessKeyId: PROBE_SESSION_KEY_ID, secretAccessKey: "cached-secret", sessionToken: "cached-token", expiration: new Date(Date.now() + 3_600_000) },
  );
  return {
    async run(mode, env = process.env) {
      const log = join(dir, `${mode}.log`);
      const child = spawn(
        process.execPath,
        ["--import", pathToFileURL(join(dir, "register.mjs")).href, join(dir, "worker.mjs"), pathToFileURL(compiled.resolve("index.ts")).href, mode],
        { env: { ...env, LOAD_LOG: log }, stdio: ["ignore", "pipe", "pipe"] },
      );
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
      const exitCode = await new Promise<number | null>((resolve, reject) => {
        child.once("error", reject);
        child.once("close", resolve);
      });
      if (exitCode !== 0) throw new Error(`the probe's child exited ${exitCode}: ${stderr}`);
      const resolved = (await fs.readFile(log, "utf8")).split("\n").filter(Boolean);
      return { ...(JSON.parse(stdout) as Omit<CacheHitLoads, "resolved">), resolved };
    },
    async cleanup() {
      await compiled.cleanup();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
