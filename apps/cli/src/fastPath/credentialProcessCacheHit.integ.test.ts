// The built executable answers every profile layout that can be served from the cache without loading
// the full CLI: it runs from a copy of dist/ that has no cli.mjs, so a call that needs the full CLI
// fails. The checks of a hit hold there as on a miss: the warning about static keys beside
// credential_process (stdout stays only the JSON), the refusal of a recursion.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSessionCache, getSessionCacheKeys, loadProfile } from "@mfa-session/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const SERIAL = "arn:aws:iam::123456789012:mfa/alice";
const ROLE = "arn:aws:iam::123456789012:role/admin";
const ours = (profile: string) => `mfa-session credential-process --profile ${profile}`;
// Made-up values in the documented example shape: nothing here is or was ever a credential.
const CREDENTIALS = `[dev-keys]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = layout-test-not-a-secret
[alice]
aws_access_key_id = AKIAIOSFODNN7EXAMPL2
aws_secret_access_key = layout-test-not-a-secret
[both]
aws_access_key_id = AKIAIOSFODNN7EXAMPL3
aws_secret_access_key = layout-test-not-a-secret
[deploy]
aws_access_key_id = AKIAIOSFODNN7EXAMPL4
aws_secret_access_key = layout-test-not-a-secret
`;
const CONFIG = `[profile dev]
mfa_session_source_profile = dev-keys
mfa_serial = ${SERIAL}
credential_process = ${ours("dev")}

[profile alice]
mfa_serial = ${SERIAL}

[profile admin]
source_profile = dev-keys
role_arn = ${ROLE}
mfa_serial = ${SERIAL}

[profile ops]
mfa_session_source_profile = dev-keys
mfa_session_role_arn = ${ROLE}-ops
mfa_serial = ${SERIAL}
credential_process = ${ours("ops")}

[profile deploy]
source_profile = deploy
role_arn = ${ROLE}-deploy
mfa_serial = ${SERIAL}

[profile both]
mfa_serial = ${SERIAL}
credential_process = ${ours("both")}

[profile short]
mfa_session_source_profile = dev-keys
mfa_serial = ${SERIAL}
mfa_session_duration_seconds = 900
credential_process = ${ours("short")}
`;

let home: string;
let noFullCli: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), "mfa-session-layouts-"));
  // A copy of the build without the full CLI: whatever needs it fails with a module-not-found error.
  noFullCli = join(home, "dist");
  cpSync(dist, noFullCli, { recursive: true, filter: (path) => !path.endsWith("cli.mjs") && !path.endsWith(".map") });
  const { NODE_OPTIONS: _ignored, ...parent } = process.env; // V8 refuses code caches made under other flags
  env = {
    ...parent,
    HOME: home,
    AWS_CONFIG_FILE: join(home, "config"),
    AWS_SHARED_CREDENTIALS_FILE: join(home, "credentials"),
    MFA_SESSION_CACHE_DIR: join(home, "cache"),
    MFA_SESSION_PROMPT: "none",
  };
  delete env.MFA_SESSION_PROFILE_STACK;
  writeFileSync(env.AWS_CONFIG_FILE!, CONFIG);
  writeFileSync(env.AWS_SHARED_CREDENTIALS_FILE!, CREDENTIALS);
  const cache = createSessionCache({ dir: env.MFA_SESSION_CACHE_DIR! });
  const expiration = new Date(Date.now() + 3_600_000);
  for (const name of ["dev", "alice", "admin", "ops", "deploy", "both"]) {
    const profile = await loadProfile({ profile: name, env, homedir: home });
    const keys = getSessionCacheKeys(profile);
    const meta = { kind: keys.role === undefined ? "mfa-session" : "role", profile: name, mfaSerial: SERIAL, sourceProfile: profile.sourceProfile } as const;
    await cache.write(keys.role ?? keys.mfaSession, meta, { accessKeyId: accessKeyOf(name), secretAccessKey: "cached", sessionToken: "cached", expiration });
  }
});

afterAll(() => {
  if (home !== undefined) rmSync(home, { recursive: true, force: true });
});

function accessKeyOf(profile: string): string {
  return `ASIA${profile.toUpperCase().padEnd(16, "X")}`;
}

function credentialProcess(distDir: string, profile: string, extraEnv: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [join(distDir, "mfa-session.js"), "credential-process", "--profile", profile], {
    encoding: "utf8",
    env: { ...env, ...extraEnv },
    timeout: 20_000,
  });
}

describe("credential-process on a cache hit", () => {
  it.each([
    ["the layout configure writes (mfa_session_source_profile)", "dev"],
    ["a profile holding its own keys and its own mfa_serial", "alice"],
    ["a role (role_arn + source_profile + mfa_serial)", "admin"],
    ["a role as configure writes it (mfa_session_role_arn)", "ops"],
    ["a role assumed with the profile's own keys (source_profile naming itself)", "deploy"],
  ])("answers %s without loading the full CLI", (_layout, profile) => {
    const child = credentialProcess(noFullCli, profile);
    expect(child.stderr).toBe("");
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout)).toMatchObject({ Version: 1, AccessKeyId: accessKeyOf(profile) });
  });

  it("warns about static keys beside credential_process on a hit as on a miss, with stdout only the JSON", () => {
    const child = credentialProcess(noFullCli, "both");
    expect(child.status).toBe(0);
    expect(child.stderr).toBe(
      `mfa-session: warning: profile both has aws_access_key_id in ${env.AWS_SHARED_CREDENTIALS_FILE} next to credential_process; ` +
        "AWS tools use those keys and skip MFA. Remove them, and keep the long-term keys in the source profile.\n",
    );
    expect(child.stdout.endsWith("}\n")).toBe(true);
    expect(JSON.parse(child.stdout)).toMatchObject({ Version: 1, AccessKeyId: accessKeyOf("both") });
  });

  it("refuses a profile already being resolved by a parent mfa-session, even with a fresh session cached", () => {
    const child = credentialProcess(dist, "dev", { MFA_SESSION_PROFILE_STACK: "ops,dev" });
    expect(child.status).toBe(1);
    expect(child.stdout).toBe("");
    expect(child.stderr).toContain("Profile dev: its credentials would come from mfa-session for dev again (ops -> dev -> dev)");
  });

  it("does not hand a profile that asks for a 15-minute session the 12-hour one of the same keys and device", () => {
    const child = credentialProcess(dist, "short");
    expect(child.stdout).toBe("");
    expect(child.status).toBe(1);
    expect(child.stderr).toContain("No way to ask for an MFA code for profile short");
  });
});
