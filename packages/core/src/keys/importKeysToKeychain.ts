// `keys import`: moves a profile's long-term keys from the credentials file (or its config-file
// section) into the OS keychain. Order: store and read back, record the setting, then remove the two
// key lines under the file's lock, after checking they are still the keys stored; every other byte of
// the file stays, and its previous version is kept as a backup (which still holds the keys).
import { getConfigPaths } from "../config/getConfigPaths.js";
import { parseSharedConfig } from "../config/parseSharedConfig.js";
import { getStaticCredentials } from "../config/profileSettings.js";
import { readSharedConfigSync } from "../config/sharedConfigStore.js";
import { editConfigFile } from "../configEdit/editConfigFile.js";
import { configSectionName } from "../configEdit/planCredentialProcessProfile.js";
import { setConfigValues } from "../configEdit/setConfigValues.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { createKeyringStore } from "./keyringStore.js";
import type { KeychainKeysOptions } from "./keychainKeysOptions.js";
import { storeKeysInKeychain } from "./storeKeysInKeychain.js";

export interface ImportKeysResult {
  accessKeyId: string;
  /** The file the key lines were removed from. */
  keysFile: string;
  configFile: string;
  /** The file's previous version (it still holds the keys: delete it once the profile works). */
  backupPath?: string;
}

const KEY_LINES = ["aws_access_key_id", "aws_secret_access_key"];

export async function importKeysToKeychain(options: KeychainKeysOptions): Promise<ImportKeysResult> {
  const { profile } = options;
  const paths = getConfigPaths(options);
  const config = readSharedConfigSync({ env: options.env, homedir: options.homedir });
  const inCredentialsFile = config.credentialsFileProfiles?.[profile]?.aws_access_key_id !== undefined ||
    config.credentialsFileProfiles?.[profile]?.aws_secret_access_key !== undefined;
  const settings = inCredentialsFile ? config.credentialsFileProfiles?.[profile] : config.profiles[profile];
  const keys = settings === undefined ? undefined : getStaticCredentials(profile, settings);
  if (keys === undefined) {
    throw new MfaSessionError(
      `Profile ${profile}: neither ${paths.credentialsFile} nor ${paths.configFile} holds aws_access_key_id and aws_secret_access_key for it, so there is nothing to import. ` +
        `To type the keys in instead, run "mfa-session keys add --profile ${profile}".`, "CREDENTIALS_MISSING",
    );
  }
  if (keys.sessionToken !== undefined) {
    throw new MfaSessionError(
      `Profile ${profile}: its keys come with aws_session_token, so they are temporary credentials, not long-term keys; nothing was imported.`, "CONFIG_INVALID",
    );
  }
  const keyStore = options.keyStore ?? createKeyringStore();
  const recorded = await storeKeysInKeychain({ accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey }, keyStore, options);
  const keysFile = inCredentialsFile ? paths.credentialsFile : paths.configFile;
  const section = inCredentialsFile ? profile : configSectionName(profile);
  const removed = await editConfigFile(keysFile, (text) => {
    const now = parseSharedConfig({ configText: inCredentialsFile ? "" : text, credentialsText: inCredentialsFile ? text : "", ...paths });
    const current = (inCredentialsFile ? now.credentialsFileProfiles?.[profile] : now.profiles[profile])?.aws_access_key_id?.trim();
    if (current !== undefined && current !== keys.accessKeyId) {
      throw new MfaSessionError(
        `Profile ${profile}: ${keysFile} changed while the keys were imported (another access key is there now); the file was left as it is. Run "mfa-session keys import --profile ${profile}" again.`,
        "CONFIG_INVALID",
      );
    }
    return setConfigValues(text, [{ section, set: [], remove: KEY_LINES }]).text;
  }, { env: options.env, homedir: options.homedir, ...(options.locker ? { locker: options.locker } : {}) });
  const backupPath = removed.backupPath ?? (keysFile === recorded.configFile ? recorded.backupPath : undefined);
  return { accessKeyId: keys.accessKeyId, keysFile, configFile: recorded.configFile, ...(backupPath === undefined ? {} : { backupPath }) };
}
