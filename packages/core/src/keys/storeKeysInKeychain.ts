// Stores a key pair as a profile's keychain entry, reads it back to prove the keychain kept it, and
// records in the config file that the profile's keys live there (mfa_session_key_store = keychain and
// the key id, which a cache hit needs and which is no secret). Shared by import and add.
import type { AwsCredentials } from "../config/ResolvedProfile.js";
import { KEYCHAIN_ACCESS_KEY_ID_SETTING, KEYCHAIN_KEY_STORE, KEY_STORE_SETTING } from "../config/getLongTermKeysSource.js";
import { setProfileValues, type SetProfileValuesResult } from "../configEdit/setProfileValues.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import type { KeyStore } from "./KeyStore.js";
import type { KeychainKeysOptions } from "./keychainKeysOptions.js";

export type KeyPair = Pick<AwsCredentials, "accessKeyId" | "secretAccessKey">;

export async function storeKeysInKeychain(keys: KeyPair, keyStore: KeyStore, options: KeychainKeysOptions): Promise<SetProfileValuesResult> {
  const { profile } = options;
  await keyStore.set(profile, keys);
  const stored = await keyStore.get(profile);
  if (stored?.accessKeyId !== keys.accessKeyId || stored.secretAccessKey !== keys.secretAccessKey) {
    throw new MfaSessionError(
      `Profile ${profile}: the OS keychain did not give back the keys just stored, so nothing else was changed. Check the keychain (service mfa-session, account ${profile}) and try again.`,
      "KEYCHAIN_UNAVAILABLE",
    );
  }
  return setProfileValues({
    env: options.env, homedir: options.homedir, profile,
    values: { [KEY_STORE_SETTING]: KEYCHAIN_KEY_STORE, [KEYCHAIN_ACCESS_KEY_ID_SETTING]: keys.accessKeyId },
    ...(options.locker ? { locker: options.locker } : {}),
  });
}
