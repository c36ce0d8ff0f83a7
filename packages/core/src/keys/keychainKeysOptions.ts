// What the keychain operations (import, add, remove) share: where the AWS files are, the profile,
// and the injected key store and lock.
import type { Env } from "../config/Env.js";
import type { Locker } from "../lock/Lock.js";
import type { KeyStore } from "./KeyStore.js";

export interface KeychainKeysOptions {
  env: Env;
  homedir: string;
  profile: string;
  /** Default: the OS keychain (createKeyringStore). */
  keyStore?: KeyStore;
  /** Default: the file lock every config edit takes (editConfigFile). */
  locker?: Locker;
}
