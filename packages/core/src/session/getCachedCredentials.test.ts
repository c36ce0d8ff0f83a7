import { appendFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSessionCache } from "../cache/fileSessionCache.js";
import { getCachedCredentials } from "./getCachedCredentials.js";
import { loadProfile } from "./loadProfile.js";
import { getSessionCacheKeys } from "./getSessionCacheKeys.js";
import { PROFILE_STACK_ENV } from "./profileStack.js";
import { createRecordingLogger } from "./testing/createFakeStores.js";

const now = Date.parse("2026-11-22T12:00:00Z");
const clock = { now: () => now };

function writeConfig(home: string): NodeJS.ProcessEnv {
  const aws = join(home, ".aws");
  mkdirSync(aws, { recursive: true });
  writeFileSync(join(aws, "credentials"), "[keys]\naws_access_key_id = AKIAEXAMPLEKEY000001\naws_secret_access_key = not-a-real-secret\n");
  writeFileSync(join(aws, "config"), "[profile work]\nsource_profile = keys\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\n");
  return { AWS_CONFIG_FILE: join(aws, "config"), AWS_SHARED_CREDENTIALS_FILE: join(aws, "credentials"), MFA_SESSION_CACHE_DIR: join(aws, "cache") };
}

async function cacheSession(env: NodeJS.ProcessEnv, home: string, minutesLeft: number) {
  const profile = await loadProfile({ profile: "work", env, homedir: home });
  // Written 12 h ago, as a real 12 h session would have been, so only the 15-minute rule decides.
  const cache = createSessionCache({ dir: env.MFA_SESSION_CACHE_DIR!, clock: { now: () => now - 12 * 3600_000 } });
  const credentials = { accessKeyId: "ASIACACHED0000000001", secretAccessKey: "s", sessionToken: "t", expiration: new Date(now + minutesLeft * 60_000) };
  await cache.write(getSessionCacheKeys(profile).mfaSession, { kind: "mfa-session", profile: "work", sourceProfile: "keys" }, credentials);
}

describe(getCachedCredentials.name, () => {
  it("hands out a cached MFA session with more than 15 minutes left", async () => {
    const home = process.env.HOME!;
    const env = writeConfig(home);
    await cacheSession(env, home, 60);
    const hit = await getCachedCredentials({ profile: "work", env, homedir: home, clock });
    expect(hit.credentials?.accessKeyId).toBe("ASIACACHED0000000001");
    expect(hit.profile.name).toBe("work");
  });

  it("reports a miss when less than 15 minutes remain, so the full path refreshes", async () => {
    const home = process.env.HOME!;
    const env = writeConfig(home);
    await cacheSession(env, home, 14);
    const miss = await getCachedCredentials({ profile: "work", env, homedir: home, clock });
    expect(miss.credentials).toBeUndefined();
    expect(miss.profile.name).toBe("work"); // handed on to the full path, which need not read the config again
  });

  it("reports a miss on an empty cache", async () => {
    const home = process.env.HOME!;
    const env = { ...writeConfig(home), MFA_SESSION_CACHE_DIR: join(home, "empty-cache") };
    expect((await getCachedCredentials({ profile: "work", env, homedir: home, clock })).credentials).toBeUndefined();
  });

  it("refuses a profile a parent mfa-session is already resolving, even with a fresh session cached", async () => {
    const home = process.env.HOME!;
    const env = writeConfig(home);
    await cacheSession(env, home, 60);
    await expect(getCachedCredentials({ profile: "work", env: { ...env, [PROFILE_STACK_ENV]: "work" }, homedir: home, clock })).rejects.toMatchObject({ code: "CREDENTIAL_PROCESS_RECURSION" });
  });

  it("warns about static keys beside credential_process on a hit, through the logger", async () => {
    const home = process.env.HOME!;
    const env = writeConfig(home);
    appendFileSync(env.AWS_CONFIG_FILE!, "credential_process = mfa-session credential-process --profile work\naws_access_key_id = AKIAEXAMPLEKEY000002\naws_secret_access_key = not-a-real-secret\n");
    const profile = await loadProfile({ profile: "work", env, homedir: home });
    const cache = createSessionCache({ dir: env.MFA_SESSION_CACHE_DIR! });
    const credentials = { accessKeyId: "ASIACACHED0000000002", secretAccessKey: "s", sessionToken: "t", expiration: new Date(now + 3_600_000) };
    await cache.write(getSessionCacheKeys(profile).mfaSession, { kind: "mfa-session", profile: "work", sourceProfile: "work" }, credentials);
    const logger = createRecordingLogger();
    const hit = await getCachedCredentials({ profile: "work", env, homedir: home, clock, logger });
    expect(hit.credentials?.accessKeyId).toBe("ASIACACHED0000000002");
    expect(logger.lines.filter((line) => line.startsWith("warn "))).toEqual([
      `warn profile work has aws_access_key_id in ${env.AWS_CONFIG_FILE} next to credential_process; AWS tools use those keys and skip MFA. Remove them, and keep the long-term keys in the source profile.`,
    ]);
  });
});
