// `@mfa-session/core/cached`: the cache-hit path alone, for callers that must start fast
// (credential_process runs before every AWS CLI command). Everything else is in the main entry.
// getCachedCredentials is the one cache hit: the main entry's getCredentials answers through it too.
export { getCachedCredentials } from "./session/getCachedCredentials.js";
export type { GetCachedCredentialsOptions, CachedCredentials } from "./session/getCachedCredentials.js";
export type { Logger } from "./ports/ports.js";
export { formatProcessCredentials } from "./session/ProcessCredentials.js";
// The credential_process entry (apps/cli bin.ts) reads the V8 code cache of its cache-hit chunk from
// the cache folder with the same privacy checks as the session cache.
export { getCacheDir } from "./cache/getCacheDir.js";
export { getHomeDir } from "./config/getHomeDir.js";
export { readPrivateBytesSync } from "./cache/secureFiles.js";
// On a miss, the fast path waits here for another process's sign-in for the same device (its session
// or its shared failure) before the full CLI loads; the CLI words the failure as its boundary does.
export { waitForSignInUnderWay } from "./session/waitForSignInUnderWay.js";
export type { WaitForSignInUnderWayOptions, SignInOutcome } from "./session/waitForSignInUnderWay.js";
export type { CodeSourceName } from "./prompt/CodeSource.js";
export type { SessionCredentials } from "./session/ProcessCredentials.js";
export { formatErrorMessage } from "./errors/formatErrorMessage.js";
export { isMfaSessionError } from "./errors/MfaSessionError.js";
export { toFileSystemError } from "./errors/toFileSystemError.js";
