// Reading the shared files and resolving the asked profile, and (on a cache miss only) the source
// credentials: the session engine's only doors into config/.
import type { Env } from "../config/Env.js";
import type { AwsCredentials, ResolvedProfile } from "../config/ResolvedProfile.js";
import { getProfileName } from "../config/getProfileName.js";
import { resolveProfile } from "../config/resolveProfile.js";
import { resolveSourceCredentials } from "../config/resolveSourceCredentials.js";
import { readSharedConfigSync } from "../config/sharedConfigStore.js";
import type { KeyStore } from "../keys/KeyStore.js";
import type { Clock } from "../ports/ports.js";

export interface LoadProfileOptions {
  /** Explicit name; else AWS_PROFILE, AWS_DEFAULT_PROFILE, "default". */
  profile?: string | undefined;
  env: Env;
  homedir: string;
}

export async function loadProfile(options: LoadProfileOptions): Promise<ResolvedProfile> {
  const config = readSharedConfigSync({ env: options.env, homedir: options.homedir });
  return resolveProfile(getProfileName(options.profile, options.env), config, { env: options.env });
}

export interface LoadSourceCredentialsOptions {
  env: Env;
  clock?: Clock;
  /** Default: the OS keychain, opened only when the source keys are there. */
  keyStore?: KeyStore;
}

/** Static keys as they are; a credential_process source is run (a spawn) and the keychain read, so this is called on a miss only. */
export async function loadSourceCredentials(profile: ResolvedProfile, options: LoadSourceCredentialsOptions): Promise<AwsCredentials> {
  return resolveSourceCredentials(profile.source, {
    env: options.env, ...(options.clock ? { clock: options.clock } : {}), ...(options.keyStore ? { keyStore: options.keyStore } : {}),
  });
}
