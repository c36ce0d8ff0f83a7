// Where a profile's own long-term keys are: in the profile (aws_access_key_id and
// aws_secret_access_key), or in the OS keychain when the config file says so with
// mfa_session_key_store = keychain. The key id is recorded beside that setting (it is not a secret)
// so a cache hit finds its session without opening the keychain. Pure.
import { MfaSessionError } from "../errors/MfaSessionError.js";
import type { Settings } from "./parseSharedConfig.js";
import { getStaticCredentials, getStringSetting } from "./profileSettings.js";
import type { SourceCredentialsSpec } from "./ResolvedProfile.js";

export const KEY_STORE_SETTING = "mfa_session_key_store";
export const KEYCHAIN_ACCESS_KEY_ID_SETTING = "mfa_session_access_key_id";
export const KEYCHAIN_KEY_STORE = "keychain";

export function getLongTermKeysSource(profile: string, settings: Settings): SourceCredentialsSpec | undefined {
  const store = getStringSetting(settings, KEY_STORE_SETTING);
  if (store === undefined) {
    const credentials = getStaticCredentials(profile, settings);
    return credentials === undefined ? undefined : { kind: "static", profile, credentials };
  }
  if (store.toLowerCase() !== KEYCHAIN_KEY_STORE) {
    throw new MfaSessionError(`Profile ${profile}: ${KEY_STORE_SETTING} must be ${KEYCHAIN_KEY_STORE} (or be left out, for keys in the profile). Fix it in the profile.`, "CONFIG_INVALID");
  }
  const accessKeyId = getStringSetting(settings, KEYCHAIN_ACCESS_KEY_ID_SETTING);
  if (accessKeyId === undefined) {
    throw new MfaSessionError(
      `Profile ${profile}: ${KEY_STORE_SETTING} = keychain needs ${KEYCHAIN_ACCESS_KEY_ID_SETTING} beside it. ` +
        `Run "mfa-session keys add --profile ${profile}" to store the keys and record both.`, "CONFIG_INVALID",
    );
  }
  return { kind: "keychain", profile, accessKeyId };
}
