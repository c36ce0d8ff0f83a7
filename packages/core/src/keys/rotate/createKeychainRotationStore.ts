// The rotation store for keys kept in the OS keychain (mfa_session_key_store = keychain): the entry is
// replaced and read back, and the config file's mfa_session_access_key_id (the cache key) updated
// through storeKeysInKeychain, as `keys add` does. If the config edit fails, the old keys are put back
// in the entry, so keychain and config never disagree and rotation deletes the new key again.
import { MfaSessionError } from "../../errors/MfaSessionError.js";
import type { AwsCredentials } from "../../config/ResolvedProfile.js";
import { KEYCHAIN_SERVICE } from "../KeyStore.js";
import type { KeychainKeysOptions } from "../keychainKeysOptions.js";
import { createKeyringStore } from "../keyringStore.js";
import { storeKeysInKeychain } from "../storeKeysInKeychain.js";
import type { RotationStore } from "./RotationStore.js";

export function createKeychainRotationStore(options: KeychainKeysOptions): RotationStore {
  const { profile } = options;
  const keyStore = options.keyStore ?? createKeyringStore();
  const read = async (): Promise<AwsCredentials> => {
    const keys = await keyStore.get(profile);
    if (keys === undefined) {
      throw new MfaSessionError(`Profile ${profile}: the OS keychain has no entry for service ${KEYCHAIN_SERVICE}, account ${profile}`, "CREDENTIALS_MISSING", {
        nextStep: `store the keys with "mfa-session keys add --profile ${profile}"`,
      });
    }
    return { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey };
  };
  return {
    describe: () => `the OS keychain (service ${KEYCHAIN_SERVICE}, account ${profile})`,
    read,
    async replace(next) {
      const previous = await read();
      try {
        await storeKeysInKeychain(next, keyStore, { ...options, keyStore });
      } catch (error) {
        await keyStore.set(profile, previous).catch(() => undefined);
        throw error;
      }
    },
  };
}
