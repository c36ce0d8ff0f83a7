// `keys remove`: deletes a profile's keychain entry and the two settings that point at it. The keys
// are not put back anywhere; the profile then needs keys again (keys add, or the credentials file).
import { KEYCHAIN_ACCESS_KEY_ID_SETTING, KEY_STORE_SETTING } from "../config/getLongTermKeysSource.js";
import { getConfigPaths } from "../config/getConfigPaths.js";
import { editConfigFile } from "../configEdit/editConfigFile.js";
import { configSectionName } from "../configEdit/planCredentialProcessProfile.js";
import { setConfigValues } from "../configEdit/setConfigValues.js";
import { createKeyringStore } from "./keyringStore.js";
import type { KeychainKeysOptions } from "./keychainKeysOptions.js";

export interface RemoveKeysResult {
  /** false: the keychain had no entry for the profile. */
  deleted: boolean;
  /** true: the settings were in the config file and are gone now. */
  configChanged: boolean;
  configFile: string;
}

export async function removeKeysFromKeychain(options: KeychainKeysOptions): Promise<RemoveKeysResult> {
  const deleted = await (options.keyStore ?? createKeyringStore()).delete(options.profile);
  const { configFile } = getConfigPaths(options);
  const edit = await editConfigFile(
    configFile,
    (text) => setConfigValues(text, [{ section: configSectionName(options.profile), set: [], remove: [KEY_STORE_SETTING, KEYCHAIN_ACCESS_KEY_ID_SETTING] }]).text,
    { env: options.env, homedir: options.homedir, ...(options.locker ? { locker: options.locker } : {}) },
  );
  return { deleted, configChanged: edit.changed, configFile };
}
