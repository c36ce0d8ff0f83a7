// The cache-hit chunk (dist/chunks/cache-hit-<hash>.js, built by build.mjs): what bin.ts loads through
// V8's code cache for `credential-process`, before deciding whether the full CLI is needed.
export { answerFromCache } from "./credentialProcessCacheHit.js";
export { createFastPathOutput } from "./createFastPathOutput.js";
