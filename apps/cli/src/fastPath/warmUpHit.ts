// A made-up profile with a fresh cached session, in a folder of the caller's: a credential_process call
// with its environment and arguments is a cache hit. The build's warm-up (warmCodeCache.ts) runs it to
// make the code cache; the tests of the built CLI run it to check the code cache at run time.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createSessionCache, getSessionCacheKeys, loadProfile } from "@mfa-session/core";

const CONFIG = `[profile warm-up]
region = us-east-1
mfa_session_source_profile = warm-up-keys
mfa_serial = arn:aws:iam::000000000000:mfa/warm-up
mfa_session_role_arn = arn:aws:iam::000000000000:role/warm-up
credential_process = mfa-session credential-process --profile warm-up
`;
// Made-up values in the documented example shape: nothing here is or was ever a credential.
const CREDENTIALS = "[warm-up-keys]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = warm-up-not-a-secret\n";

export interface WarmUpHit {
  /** The environment of a credential_process call that is a cache hit. */
  env: { HOME: string; AWS_CONFIG_FILE: string; AWS_SHARED_CREDENTIALS_FILE: string; MFA_SESSION_CACHE_DIR: string };
  argv: string[];
  /** What the hit prints, in part. */
  expected: string;
}

/** A made-up profile and a fresh cache entry for it under `home`: a call with `env` and `argv` is a hit. */
export async function prepareWarmUpHit(home: string): Promise<WarmUpHit> {
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
  return { env, argv: ["--profile", "warm-up"], expected: '"AccessKeyId":"ASIAWARMUPEXAMPLE"' };
}
