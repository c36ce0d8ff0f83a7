// Real processes editing one ~/.aws/config at once through core's operations: every edit lands.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileCoreSources, type CompiledCoreSources } from "../testing/compileCoreSources.js";
import type { ConfigEditRaceWorkerConfig } from "../testing/configEditRaceWorker.js";
import { startNodeProcess } from "../testing/runNodeProcesses.js";
import { editConfigFile } from "./editConfigFile.js";

let compiled: CompiledCoreSources;
let worker: string;
beforeAll(async () => {
  compiled = await compileCoreSources();
  worker = compiled.resolve("testing/configEditRaceWorker.ts");
});
afterAll(async () => {
  await compiled?.cleanup();
});

describe(editConfigFile.name, () => {
  it("loses no profile when 10 processes run setProfileValues and configure's write at once", async () => {
    const home = mkdtempSync(join(process.env.HOME!, "config-edit-race-"));
    try {
      mkdirSync(join(home, ".aws"));
      const env = {
        AWS_CONFIG_FILE: join(home, ".aws", "config"),
        AWS_SHARED_CREDENTIALS_FILE: join(home, ".aws", "credentials"),
        MFA_SESSION_CACHE_DIR: join(home, "cache"),
      };
      writeFileSync(env.AWS_CONFIG_FILE, "# mine\n[profile keys]\nregion = eu-west-1\n");
      writeFileSync(env.AWS_SHARED_CREDENTIALS_FILE, "[keys]\naws_access_key_id = AKIAEXAMPLE\naws_secret_access_key = s\n");
      const configs: ConfigEditRaceWorkerConfig[] = Array.from({ length: 10 }, (_, index) => ({
        op: index % 2 === 0 ? "set" : "configure", profile: `p${index}`, env, homedir: home,
      }));
      const results = await Promise.all(configs.map((config) => startNodeProcess(worker, { args: [JSON.stringify(config)] }).done));
      expect(results.map((result) => result.stderr)).toEqual(configs.map(() => ""));
      expect(results.map((result) => result.exitCode)).toEqual(configs.map(() => 0));
      const text = readFileSync(env.AWS_CONFIG_FILE, "utf8");
      expect([...text.matchAll(/^\[profile (\w+)\]$/gm)].map((match) => match[1]).sort()).toEqual(["keys", ...configs.map((config) => config.profile)].sort());
      for (const { op, profile } of configs) {
        expect(text).toContain(op === "set" ? `mfa_process = echo ${profile}\n` : `credential_process = mfa-session credential-process --profile ${profile}\n`);
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
