// Where a profile's long-term access key lives, as key rotation needs it: read the key, replace it
// with the new one. The credentials file (createCredentialsFileStore) and the OS keychain implement
// it; a keychain with get/set needs no more than `read = get`, `replace = set` and a description.
import type { AwsCredentials } from "../../config/ResolvedProfile.js";

export interface RotationStore {
  /** Where the key lives, for messages: "[work] in /home/me/.aws/credentials", "the keychain (service mfa-session)". */
  describe(): string;
  /** The key stored now (long-term: no session token). */
  read(): Promise<AwsCredentials>;
  /**
   * Stores `next` in place of the key stored now. Resolves only once `next` is durably stored; throws
   * if it is not (then rotation reads the store again to learn which key it holds).
   */
  replace(next: AwsCredentials): Promise<void>;
}
