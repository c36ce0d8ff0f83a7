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
export { readPrivateBytesSync } from "./cache/secureFiles.js";
