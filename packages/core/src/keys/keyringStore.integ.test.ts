// The OS keychain backend against a real Secret Service (gnome-keyring on a private D-Bus), with
// secret-tool as the independent oracle of what was stored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSecretService, type SecretService } from "../testing/startSecretService.js";
import { createKeyringStore } from "./keyringStore.js";
import { KEYCHAIN_SERVICE } from "./KeyStore.js";

const KEYS = { accessKeyId: "AKIAKEYRINGTEST00001", secretAccessKey: "kEyRiNg/TeSt+SeCrEt0123456789abcdefGHIJK" };

describe(createKeyringStore.name, () => {
  let service: SecretService;
  const saved = { bus: process.env.DBUS_SESSION_BUS_ADDRESS };

  beforeAll(async () => {
    service = await startSecretService({ home: process.env.HOME! });
    process.env.DBUS_SESSION_BUS_ADDRESS = service.env.DBUS_SESSION_BUS_ADDRESS;
  });

  afterAll(async () => {
    await service?.stop();
    if (saved.bus === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS;
    else process.env.DBUS_SESSION_BUS_ADDRESS = saved.bus;
  });

  it("stores one entry per profile under service mfa-session, account = profile, that secret-tool finds", async () => {
    const store = createKeyringStore();
    await store.set("dev", KEYS);
    const oracle = service.lookup(KEYCHAIN_SERVICE, "dev");
    expect(oracle).toBeDefined();
    expect(JSON.parse(oracle!)).toEqual({ Version: 1, AccessKeyId: KEYS.accessKeyId, SecretAccessKey: KEYS.secretAccessKey });
    expect(await store.get("dev")).toEqual(KEYS);
    expect(await store.get("nobody")).toBeUndefined();
  });

  it("lists profiles and key ids, never a secret", async () => {
    const store = createKeyringStore();
    await store.set("ops", { accessKeyId: "AKIAKEYRINGTEST00002", secretAccessKey: "second/secret+0123456789abcdefGHIJKLMNOP" });
    const listed = await store.list();
    expect(listed).toEqual([{ profile: "dev", accessKeyId: KEYS.accessKeyId }, { profile: "ops", accessKeyId: "AKIAKEYRINGTEST00002" }]);
    expect(JSON.stringify(listed)).not.toContain("secret");
  });

  it("deletes an entry, and says whether there was one", async () => {
    const store = createKeyringStore();
    expect(await store.delete("ops")).toBe(true);
    expect(service.lookup(KEYCHAIN_SERVICE, "ops")).toBeUndefined();
    expect(await store.delete("ops")).toBe(false);
  });
});
