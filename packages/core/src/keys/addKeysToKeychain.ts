// `keys add`: stores a key pair someone typed (or a password manager gave) as a profile's keychain
// entry and records it in the config file. The shared files' key lines are not touched.
import { getConfigPaths } from "../config/getConfigPaths.js";
import { readSharedConfigSync } from "../config/sharedConfigStore.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { createKeyringStore } from "./keyringStore.js";
import type { KeychainKeysOptions } from "./keychainKeysOptions.js";
import { storeKeysInKeychain, type KeyPair } from "./storeKeysInKeychain.js";

export interface AddKeysResult {
  configFile: string;
  /** The file that still holds key lines for the profile (other AWS tools use those), if any. */
  keysStillIn?: string;
}

export async function addKeysToKeychain(keys: KeyPair, options: KeychainKeysOptions): Promise<AddKeysResult> {
  const accessKeyId = keys.accessKeyId.trim();
  const secretAccessKey = keys.secretAccessKey.trim();
  if (!/^[A-Z0-9]{16,128}$/.test(accessKeyId)) {
    throw new MfaSessionError(`Profile ${options.profile}: that access key id does not look like one (16 or more capital letters and digits, e.g. AKIA...); nothing was stored.`, "USAGE");
  }
  if (accessKeyId.startsWith("ASIA")) {
    throw new MfaSessionError(
      `Profile ${options.profile}: an ASIA... key id is temporary credentials (from aws-vault, run "aws-vault exec --no-session"); only long-term keys (AKIA...) are stored.`, "USAGE",
    );
  }
  if (!/^\S{16,}$/.test(secretAccessKey)) {
    throw new MfaSessionError(`Profile ${options.profile}: that secret access key does not look like one (40 characters, no spaces); nothing was stored.`, "USAGE");
  }
  const recorded = await storeKeysInKeychain({ accessKeyId, secretAccessKey }, options.keyStore ?? createKeyringStore(), options);
  const config = readSharedConfigSync({ env: options.env, homedir: options.homedir });
  const paths = getConfigPaths(options);
  const keysStillIn = config.credentialsFileProfiles?.[options.profile]?.aws_access_key_id !== undefined ? paths.credentialsFile
    : config.profiles[options.profile]?.aws_access_key_id !== undefined ? paths.configFile : undefined;
  return { configFile: recorded.configFile, ...(keysStillIn === undefined ? {} : { keysStillIn }) };
}
