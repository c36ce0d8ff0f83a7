// `@mfa-session/core/cached`: the cache-hit path alone, for callers that must start fast
// (credential_process runs before every AWS CLI command). Everything else is in the main entry.
export { getCachedCredentials } from "./session/getCachedCredentials.js";
export type { GetCachedCredentialsOptions, CachedCredentials } from "./session/getCachedCredentials.js";
export { formatProcessCredentials } from "./session/ProcessCredentials.js";
