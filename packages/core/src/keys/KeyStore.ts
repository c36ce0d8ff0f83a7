// The port to where long-term access keys are kept outside ~/.aws/credentials: one entry per profile.
// The production backend is the OS keychain (keyringStore.ts); tests pass an in-memory one.
import type { AwsCredentials } from "../config/ResolvedProfile.js";

/** What `list` shows of an entry: never the secret. */
export interface KeyStoreEntry {
  profile: string;
  accessKeyId: string;
}

export interface KeyStore {
  /** The profile's keys, undefined when the store holds none for it. */
  get(profile: string): Promise<AwsCredentials | undefined>;
  set(profile: string, credentials: Pick<AwsCredentials, "accessKeyId" | "secretAccessKey">): Promise<void>;
  /** true when there was an entry to delete. */
  delete(profile: string): Promise<boolean>;
  list(): Promise<KeyStoreEntry[]>;
}

/** The keychain's service name; the account is the profile name (docs/keychain.md). */
export const KEYCHAIN_SERVICE = "mfa-session";
