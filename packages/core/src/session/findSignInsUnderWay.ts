// The sign-ins under way (a refresh holding its MFA device's lock: asking for a code, or calling STS),
// so that logout can say what becomes of them: for one profile's device, or for every device.
import { join } from "node:path";
import type { ResolvedProfile } from "../config/ResolvedProfile.js";
import { findLockHolders } from "../lock/findLockHolders.js";
import type { LockHolder } from "../lock/lockHolder.js";
import { getSessionCacheKeys, isDeviceLockName } from "./getSessionCacheKeys.js";

export interface FindSignInsUnderWayOptions {
  /** The session cache folder (getCacheDir); the device locks are in its `locks` folder. */
  cacheDir: string;
  /** Only the sign-ins on this profile's MFA device (which may be for other profiles on that device). */
  profile?: ResolvedProfile;
}

export function findSignInsUnderWay(options: FindSignInsUnderWayOptions): Promise<LockHolder[]> {
  const { profile } = options;
  if (profile !== undefined && !profile.mfaSerial) return Promise.resolve([]);
  const lockName = profile === undefined ? undefined : getSessionCacheKeys(profile).lockName;
  return findLockHolders({ dir: join(options.cacheDir, "locks"), accept: (name) => (lockName === undefined ? isDeviceLockName(name) : name === lockName) });
}
