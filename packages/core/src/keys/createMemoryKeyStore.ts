// An in-memory KeyStore for tests (exported through @mfa-session/core/testing), counting its reads.
import type { AwsCredentials } from "../config/ResolvedProfile.js";
import type { KeyStore } from "./KeyStore.js";

export interface MemoryKeyStore extends KeyStore {
  /** How often get() was called. */
  reads: number;
}

export function createMemoryKeyStore(initial: Record<string, Pick<AwsCredentials, "accessKeyId" | "secretAccessKey">> = {}): MemoryKeyStore {
  const entries = new Map(Object.entries(initial));
  const store: MemoryKeyStore = {
    reads: 0,
    async get(profile) {
      store.reads += 1;
      const keys = entries.get(profile);
      return keys === undefined ? undefined : { ...keys };
    },
    async set(profile, keys) {
      entries.set(profile, { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey });
    },
    async delete(profile) {
      return entries.delete(profile);
    },
    async list() {
      return [...entries].map(([profile, keys]) => ({ profile, accessKeyId: keys.accessKeyId })).sort((a, b) => a.profile.localeCompare(b.profile));
    },
  };
  return store;
}
