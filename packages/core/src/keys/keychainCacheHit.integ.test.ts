// A cache hit for a profile whose keys are in the OS keychain must not open the keychain: no unlock
// prompt, no native module load. A fresh node process answers from the cache while every module load
// is recorded (probeCacheHitLoads); @napi-rs/keyring must not be among them. The control run then
// opens the keychain in the same process, to show the probe would have seen it.
import { promises as fs } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CacheHitProbe, PROBE_SESSION_KEY_ID, probeCacheHitLoads } from "../testing/probeCacheHitLoads.js";
import { createKeyringStore } from "./keyringStore.js";

const KEYRING = /[/\\]@napi-rs[/\\+]keyring|keyring\.[\w-]+\.node$/;

describe(createKeyringStore.name, () => {
  let probe: CacheHitProbe;

  beforeAll(async () => {
    await fs.writeFile(process.env.AWS_CONFIG_FILE!,
      "[profile dev]\nregion = us-east-1\nmfa_serial = arn:aws:iam::123456789012:mfa/alice\nmfa_session_key_store = keychain\nmfa_session_access_key_id = AKIAIOSFODNN7EXAMPLE\n");
    await fs.writeFile(process.env.AWS_SHARED_CREDENTIALS_FILE!, "");
    probe = await probeCacheHitLoads({ profile: "dev", control: "await core.createKeyringStore().list().catch(() => undefined);" });
  });

  afterAll(async () => {
    await probe?.cleanup();
  });

  // No Secret Service is reachable: a keychain read would fail, not hang.
  const env = () => ({ ...process.env, DBUS_SESSION_BUS_ADDRESS: "unix:path=/nonexistent/mfa-session-test-bus" });

  it("answers a cache hit for keychain-held keys without loading @napi-rs/keyring", async () => {
    const report = await probe.run("hit", env());
    expect(report.source).toBe("cache");
    expect(report.accessKeyId).toBe(PROBE_SESSION_KEY_ID);
    expect(report.resolved.some((url) => url.endsWith("/keys/keyringStore.js"))).toBe(true);
    expect(report.resolved.filter((url) => KEYRING.test(url))).toEqual([]);
    expect(report.requireCache.filter((path) => KEYRING.test(path))).toEqual([]);
  });

  it("would notice a keychain load (control: the same process then lists the keychain)", async () => {
    const report = await probe.run("control", env());
    expect(report.source).toBe("cache");
    expect([...report.resolved, ...report.requireCache].some((url) => KEYRING.test(url))).toBe(true);
  });
});
