// Build-time only: build.mjs runs this (in a node with no extra flags, which V8's cache check covers),
// then deletes it. It runs the cache-hit chunk once, as a real hit, on a made-up profile and cache
// entry in a temp folder, so V8 has compiled every function a hit runs; then it saves V8's code cache
// beside the chunk. A run that is not a hit fails the build, rather than ship a cache of nothing.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { devNull, tmpdir } from "node:os";
import { join } from "node:path";
import { createSessionCache, getSessionCacheKeys, loadProfile } from "@mfa-session/core";
import type * as CacheHitModule from "./cacheHitModule.js";
import { codeCachePath, loadWithCodeCache } from "./loadWithCodeCache.js";

const CONFIG = `[profile warm-up]
region = us-east-1
mfa_session_source_profile = warm-up-keys
mfa_serial = arn:aws:iam::000000000000:mfa/warm-up
mfa_session_role_arn = arn:aws:iam::000000000000:role/warm-up
credential_process = mfa-session credential-process --profile warm-up
`;
// Made-up values in the documented example shape: nothing here is or was ever a credential.
const CREDENTIALS = "[warm-up-keys]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = warm-up-not-a-secret\n";

export async function warmCodeCache(chunk: string): Promise<void> {
  const home = mkdtempSync(join(tmpdir(), "mfa-session-warm-up-"));
  try {
    const env = {
      HOME: home,
      AWS_CONFIG_FILE: join(home, "config"),
      AWS_SHARED_CREDENTIALS_FILE: join(home, "credentials"),
      MFA_SESSION_CACHE_DIR: join(home, "cache"),
    };
    writeFileSync(env.AWS_CONFIG_FILE, CONFIG);
    writeFileSync(env.AWS_SHARED_CREDENTIALS_FILE, CREDENTIALS);
    const profile = await loadProfile({ profile: "warm-up", env, homedir: home });
    const key = getSessionCacheKeys(profile).role!;
    await createSessionCache({ dir: env.MFA_SESSION_CACHE_DIR }).write(
      key,
      { kind: "role", profile: "warm-up", mfaSerial: profile.mfaSerial!, roleArn: profile.role!.roleArn, sourceProfile: "warm-up-keys" },
      { accessKeyId: "ASIAWARMUPEXAMPLE", secretAccessKey: "warm-up", sessionToken: "warm-up", expiration: new Date(Date.now() + 3_600_000) },
    );
    const loaded = loadWithCodeCache<typeof CacheHitModule>(chunk);
    let output = "";
    const nowhere = openSync(devNull, "w");
    const write = (text: string) => {
      output += text;
      loaded.exports.writeStdoutSync(text, { fd: nowhere }); // compiled too, like every step of a hit
    };
    const hit = await loaded.exports.answerFromCache(["--profile", "warm-up"], env, write).finally(() => closeSync(nowhere));
    if (!hit || !output.includes('"AccessKeyId":"ASIAWARMUPEXAMPLE"')) {
      throw new Error(`The warm-up run of ${chunk} was not a cache hit, so no code cache was written.`);
    }
    writeFileSync(codeCachePath(chunk), loaded.script.createCachedData());
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

const chunk = process.argv[2];
if (chunk !== undefined) await warmCodeCache(chunk);
