// The OS keychain as a KeyStore, through @napi-rs/keyring (macOS Keychain, Windows Credential Manager,
// the Secret Service on Linux). The native module is imported on the first call only: a cache hit
// never gets here, so it never loads it (keychainCacheHit.integ.test.ts checks that).
import type { AwsCredentials } from "../config/ResolvedProfile.js";
import { redactSecrets } from "../redact/redactSecrets.js";
import { formatKeychainEntry, parseKeychainEntry } from "./keychainEntry.js";
import { createKeychainUnavailableError } from "./createKeychainUnavailableError.js";
import { KEYCHAIN_SERVICE, type KeyStore, type KeyStoreEntry } from "./KeyStore.js";

/** What this file uses of @napi-rs/keyring; tests pass a fake. */
export interface KeyringModule {
  AsyncEntry: new (service: string, account: string, options?: { linux?: { store?: "secret-service" | "keyutils" } }) => {
    getPassword(): Promise<string | null | undefined>;
    setPassword(password: string): Promise<void>;
    deletePassword(): Promise<boolean>;
  };
  findCredentialsAsync(service: string): Promise<Array<{ account: string; password: string }>>;
}

export interface KeyringStoreOptions {
  /** Default: `import("@napi-rs/keyring")`. */
  loadKeyring?: () => Promise<KeyringModule>;
  /** process.platform by default; only words the error when no keychain answers. */
  platform?: NodeJS.Platform;
}

// On Linux the keyring crate falls back to the kernel keyring when no Secret Service answers; those
// keys vanish at logout or reboot, so the store is pinned and the error names the alternatives.
const ENTRY_OPTIONS = { linux: { store: "secret-service" as const } };

export function createKeyringStore(options: KeyringStoreOptions = {}): KeyStore {
  const platform = options.platform ?? process.platform;
  let loaded: Promise<KeyringModule> | undefined;
  const load = (): Promise<KeyringModule> =>
    (loaded ??= (options.loadKeyring ?? defaultLoadKeyring)().catch((error: unknown) => {
      loaded = undefined;
      throw createKeychainUnavailableError({ platform, reason: "the keychain module @napi-rs/keyring could not be loaded on this platform", cause: error });
    }));
  // Every keychain call goes through here: its failure becomes the one "no keychain" error.
  const call = async <T>(action: (keyring: KeyringModule) => Promise<T>, profile?: string): Promise<T> => {
    const keyring = await load();
    try {
      return await action(keyring);
    } catch (error) {
      throw createKeychainUnavailableError({ platform, profile, reason: getReason(error), cause: error });
    }
  };
  const entry = (keyring: KeyringModule, profile: string) => new keyring.AsyncEntry(KEYCHAIN_SERVICE, profile, ENTRY_OPTIONS);
  return {
    async get(profile): Promise<AwsCredentials | undefined> {
      const text = await call((keyring) => entry(keyring, profile).getPassword(), profile);
      return text === null || text === undefined ? undefined : parseKeychainEntry(text, profile);
    },
    async set(profile, credentials) {
      await call((keyring) => entry(keyring, profile).setPassword(formatKeychainEntry(credentials)), profile);
    },
    async delete(profile) {
      return call((keyring) => entry(keyring, profile).deletePassword(), profile);
    },
    async list(): Promise<KeyStoreEntry[]> {
      const found = await call((keyring) => keyring.findCredentialsAsync(KEYCHAIN_SERVICE));
      return found
        .map(({ account, password }) => ({ profile: account, accessKeyId: parseKeychainEntry(password, account).accessKeyId }))
        .sort((a, b) => a.profile.localeCompare(b.profile));
    },
  };
}

async function defaultLoadKeyring(): Promise<KeyringModule> {
  return (await import("@napi-rs/keyring")) as unknown as KeyringModule;
}

/** The native library's own words (a D-Bus or OS error), masked in case it ever quotes more than it should. */
function getReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return redactSecrets(message.split("\n")[0] ?? "").slice(0, 200);
}
