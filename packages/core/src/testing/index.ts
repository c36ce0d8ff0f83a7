// `@mfa-session/core/testing`: helpers other packages' tests share; nothing here ships in an app.
export { startMoto } from "./startMoto.js";
export type { MotoServer, StartMotoOptions } from "./startMoto.js";
export { getConfigFileLockPath } from "./getConfigFileLockPath.js";
export { startSecretService } from "./startSecretService.js";
export type { SecretService } from "./startSecretService.js";
export { createMemoryKeyStore } from "../keys/createMemoryKeyStore.js";
export type { MemoryKeyStore } from "../keys/createMemoryKeyStore.js";
