// The contract of the session cache shared by every process (CLI, SDK callers, the extension).
// Implemented by sessionCache.ts (files under ~/.aws/mfa-session/cache); consumed by session/.
import type { SessionCredentials } from "../session/ProcessCredentials.js";
import type { SignOutScope, SignOuts } from "./signOuts.js";

export type SessionCacheKind = "mfa-session" | "role";

/** Non-secret facts stored beside the credentials, shown by `status` and the extension. */
export interface SessionCacheMeta {
  kind: SessionCacheKind;
  /** Profile that created the entry (for display; the key decides identity). */
  profile: string;
  mfaSerial?: string;
  roleArn?: string;
  /** Source profile whose keys made the MFA session. */
  sourceProfile: string;
}

export interface SessionCacheEntry {
  key: string;
  meta: SessionCacheMeta;
  credentials: SessionCredentials;
  createdAt: Date;
}

export interface SessionCache {
  /** The entry, or undefined when missing, corrupt, truncated, unreadable, not ours or unsafe (those are removed). */
  read(key: string): Promise<SessionCacheEntry | undefined>;
  /** Creates the folder or checks that it is private and writable: called before a code is asked for. */
  prepare(): Promise<void>;
  /** Atomic write (temp file + rename), file 0600 in a 0700 folder. */
  write(key: string, meta: SessionCacheMeta, credentials: SessionCredentials): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every valid entry (expired ones included; callers decide). */
  list(): Promise<SessionCacheEntry[]>;
  /** Records a logout of `scope` now, before its entries are removed (cache/signOuts.ts). */
  recordSignOut(scope: SignOutScope): Promise<void>;
  /** The logouts recorded lately, so a refresh under way keeps nothing they cover. */
  readSignOuts(): Promise<SignOuts>;
}

/** Keeps the last accepted MFA code per device so it is never submitted twice (AWS refuses reuse). */
export interface UsedCodeStore {
  /** True when `code` was already accepted for `mfaSerial` within the time AWS would still refuse it. */
  wasUsed(mfaSerial: string, code: string): Promise<boolean>;
  remember(mfaSerial: string, code: string): Promise<void>;
  /** Creates the folder or checks that it is private and writable: called before a code is asked for. */
  prepare(): Promise<void>;
}
