import { describe, expect, it } from "vitest";
import { isMfaSessionError } from "../errors/MfaSessionError.js";
import { createKeyringStore, type KeyringModule } from "./keyringStore.js";

const SECRET = "kEyRiNg/TeSt+SeCrEt0123456789abcdefGHIJK";

function failingKeyring(message: string): KeyringModule {
  return {
    AsyncEntry: class {
      async getPassword(): Promise<string> { throw new Error(message); }
      async setPassword(): Promise<void> { throw new Error(message); }
      async deletePassword(): Promise<boolean> { throw new Error(message); }
    },
    findCredentialsAsync: async () => { throw new Error(message); },
  };
}

async function caught(promise: Promise<unknown>): Promise<Error> {
  return promise.then(() => { throw new Error("expected a failure"); }, (error: Error) => error);
}

describe(createKeyringStore.name, () => {
  it("names the alternatives, and no secret, when no Secret Service answers on Linux", async () => {
    const store = createKeyringStore({ platform: "linux", loadKeyring: async () => failingKeyring("Platform failure: DBus error: Using X11 for dbus-daemon autolaunch was disabled") });
    const error = await caught(store.set("dev", { accessKeyId: "AKIAKEYRINGTEST00001", secretAccessKey: SECRET }));
    expect(isMfaSessionError(error) && error.code).toBe("KEYCHAIN_UNAVAILABLE");
    expect(error.message).toMatch(/^Profile dev: the OS keychain could not be used \(Platform failure: DBus error/);
    expect(error.message).toMatch(/gnome-keyring-daemon --unlock/);
    expect(error.message).toMatch(/credential_process/);
    expect(error.message).toMatch(/~\/\.aws\/credentials/);
    expect(error.message).not.toContain(SECRET);
  });

  it("words the way out per platform", async () => {
    const mac = await caught(createKeyringStore({ platform: "darwin", loadKeyring: async () => failingKeyring("locked") }).list());
    expect(mac.message).toMatch(/^The OS keychain could not be used \(locked\)\. Either unlock the login keychain/);
    const windows = await caught(createKeyringStore({ platform: "win32", loadKeyring: async () => failingKeyring("denied") }).get("dev"));
    expect(windows.message).toMatch(/Credential Manager/);
  });

  it("says so when the native module cannot load, and tries again on the next call", async () => {
    let loads = 0;
    const store = createKeyringStore({ platform: "freebsd", loadKeyring: async () => { loads += 1; throw new Error("no binding"); } });
    expect((await caught(store.get("dev"))).message).toMatch(/@napi-rs\/keyring could not be loaded/);
    await caught(store.get("dev"));
    expect(loads).toBe(2);
  });

  it("masks anything key-shaped the native library's message might quote", async () => {
    const error = await caught(createKeyringStore({ platform: "linux", loadKeyring: async () => failingKeyring(`bad item ${SECRET}`) }).get("dev"));
    expect(error.message).not.toContain(SECRET);
  });
});
