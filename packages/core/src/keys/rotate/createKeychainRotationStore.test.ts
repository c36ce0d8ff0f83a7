import { promises as fs } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Locker } from "../../lock/Lock.js";
import { createMemoryKeyStore } from "../createMemoryKeyStore.js";
import { createKeychainRotationStore } from "./createKeychainRotationStore.js";
import { rotateAccessKey } from "./rotateAccessKey.js";
import { createFakeKeyIam } from "./testing/createFakeKeyIam.js";

const env = process.env;
const homedir = process.env.HOME!;
const configFile = process.env.AWS_CONFIG_FILE!;
const OLD = { accessKeyId: "AKIAOLD0000000000001", secretAccessKey: "old-secret-old-secret-old-secret-0001" };
const NEW = { accessKeyId: "AKIANEW0000000000002", secretAccessKey: "new-secret-new-secret-new-secret-0002" };
const CONFIG = "# mine\n[profile dev]\nregion = eu-west-1\nmfa_session_key_store = keychain\nmfa_session_access_key_id = AKIAOLD0000000000001\n\n[profile other]\nregion = us-east-1\n";
/** A config edit that fails: the file lock cannot be taken (as on a full disk). */
const failingLocker: Locker = { withLock: async () => { throw Object.assign(new Error("ENOSPC: no space left on device, open"), { code: "ENOSPC" }); } };

describe(createKeychainRotationStore.name, () => {
  it("replaces the keychain entry and the key id recorded in the config file (the cache key), nothing else", async () => {
    await fs.writeFile(configFile, CONFIG);
    const keyStore = createMemoryKeyStore({ dev: OLD });
    const store = createKeychainRotationStore({ env, homedir, profile: "dev", keyStore });
    expect(store.describe()).toBe("the OS keychain (service mfa-session, account dev)");
    expect(await store.read()).toEqual(OLD);
    await store.replace(NEW);
    expect(await keyStore.get("dev")).toEqual(NEW);
    expect(await fs.readFile(configFile, "utf8")).toBe(CONFIG.replace(OLD.accessKeyId, NEW.accessKeyId));
  });

  it("puts the old keys back when the config file cannot be updated, so keychain and config agree", async () => {
    await fs.writeFile(configFile, CONFIG);
    const keyStore = createMemoryKeyStore({ dev: OLD });
    const store = createKeychainRotationStore({ env, homedir, profile: "dev", keyStore, locker: failingLocker });
    await expect(store.replace(NEW)).rejects.toThrow(/ENOSPC|no space/);
    expect(await keyStore.get("dev")).toEqual(OLD);
    expect(await fs.readFile(configFile, "utf8")).toBe(CONFIG);
  });

  it("in a rotation whose config edit fails: the new key is deleted again, the old one stays active and stored", async () => {
    await fs.writeFile(configFile, CONFIG);
    const aws = createFakeKeyIam();
    const old = aws.addKey("alice");
    const keyStore = createMemoryKeyStore({ dev: { accessKeyId: old.accessKeyId, secretAccessKey: old.secretAccessKey } });
    const store = createKeychainRotationStore({ env, homedir, profile: "dev", keyStore, locker: failingLocker });
    const error = await rotateAccessKey({ profile: "dev", store, iam: aws.iam, stsFor: aws.stsFor, clock: { now: () => 0 }, sleep: async () => {} }).catch((caught: Error) => caught);
    expect((error as { code?: string }).code).toBe("KEY_ROTATION");
    expect((error as Error).message).toMatch(new RegExp(`was deleted again .*${old.accessKeyId} is still the key in the OS keychain \\(service mfa-session, account dev\\)`));
    expect([...aws.keys.keys()]).toEqual([old.accessKeyId]);
    expect(await keyStore.get("dev")).toEqual({ accessKeyId: old.accessKeyId, secretAccessKey: old.secretAccessKey });
    expect((error as Error).message).not.toContain(old.secretAccessKey);
  });

  it("says how to store keys when the keychain has no entry for the profile", async () => {
    const store = createKeychainRotationStore({ env, homedir, profile: "dev", keyStore: createMemoryKeyStore() });
    await expect(store.read()).rejects.toMatchObject({ code: "CREDENTIALS_MISSING", message: expect.stringContaining('mfa-session keys add --profile dev') });
  });
});
