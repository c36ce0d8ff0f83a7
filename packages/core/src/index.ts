// Public API of @mfa-session/core: what the CLI, the extension, the sandbox and the bench call. Named
// exports only; each line names the file that owns the concept. The credential_process cache hit has
// its own small entry (`@mfa-session/core/cached`), test helpers theirs (`@mfa-session/core/testing`).
// Errors, ports and TOTP
export { MfaSessionError, isMfaSessionError } from "./errors/MfaSessionError.js";
export { toFileSystemError } from "./errors/toFileSystemError.js";
export type { ErrorHint } from "./errors/ErrorHint.js";
export { formatErrorMessage } from "./errors/formatErrorMessage.js";
export { endSentence } from "./errors/endSentence.js";
export { UsageError, PromptUnavailableError, UserCancelledError, AccessDeniedError, NoSuchEntityError } from "./errors/errors.js";
export { systemClock, silentLogger } from "./ports/ports.js";
export type { Clock, Logger, MfaCodeRequest, MfaCodeProvider } from "./ports/ports.js";
export { generateTotp, getTotpCounter, getSecondsUntilNextCode, TOTP_STEP_SECONDS } from "./totp/generateTotp.js";
export { verifyTotp } from "./totp/verifyTotp.js";
export { formatOtpauthUri } from "./totp/formatOtpauthUri.js";
export { generateSeed } from "./totp/generateSeed.js";
export { normalizeMfaCode } from "./totp/parseMfaCode.js";
export { redactSecrets } from "./redact/redactSecrets.js";
export { parseSeedText } from "./totp/parseSeedText.js";
// Profile edits: byte-preserving changes to ~/.aws/config and credentials, and the credential_process line
export { parseConfigDocument } from "./configEdit/parseConfigDocument.js";
export { setConfigValues, findSection } from "./configEdit/setConfigValues.js";
export type { ConfigValueEdit } from "./configEdit/setConfigValues.js";
export { readConfigFile } from "./configEdit/writeConfigFile.js";
export { planCredentialProcessProfile, configSectionName, isMfaSerial, isRegionName, isPlainProfileName, MFA_SERIAL_RULE, REGION_RULE, PROFILE_NAME_RULE } from "./configEdit/planCredentialProcessProfile.js";
export { planProfileEdit } from "./configEdit/planProfileEdit.js";
export type { ProfileEditPlan } from "./configEdit/planProfileEdit.js";
export { formatCredentialProcessLine, getCommandLinePlatform } from "./configEdit/formatCredentialProcessLine.js";
export { resolveCliCommand } from "./cliCommand/resolveCliCommand.js";
export type { CliCommand, ResolveCliCommandOptions } from "./cliCommand/resolveCliCommand.js";
export type { CliCommandSystem } from "./cliCommand/cliCommandSystem.js";
export { setProfileValues } from "./configEdit/setProfileValues.js";
export { recordMfaSerial } from "./configEdit/recordMfaSerial.js";
// IAM virtual MFA devices: one at a time, the set-up wizard, bulk provisioning, the administration connection
export { createVirtualMfaDevice } from "./device/createVirtualMfaDevice.js";
export { enableMfaDevice } from "./device/enableMfaDevice.js";
export { resyncMfaDevice } from "./device/resyncMfaDevice.js";
export { deactivateMfaDevice } from "./device/deactivateMfaDevice.js";
export { deleteVirtualMfaDevice } from "./device/deleteVirtualMfaDevice.js";
export { listMfaDevices } from "./device/listMfaDevices.js";
export { listVirtualMfaDevices } from "./device/listVirtualMfaDevices.js";
export { getMfaDevice } from "./device/getMfaDevice.js";
export { tagMfaDevice } from "./device/tagMfaDevice.js";
export { untagMfaDevice } from "./device/untagMfaDevice.js";
export { listMfaDeviceTags } from "./device/listMfaDeviceTags.js";
export { parseTags } from "./device/parseTags.js";
export { parseCodePair } from "./device/parseCodePair.js";
export type { CodePair } from "./device/parseCodePair.js";
export { getConsecutiveCodes } from "./device/getConsecutiveCodes.js";
export { translateDeviceError } from "./device/translateDeviceError.js";
export type { AssignmentStatus, BootstrapMethod, MfaDeviceSummary } from "./device/MfaDevice.js";
export { connectDeviceAdmin } from "./device/connectDeviceAdmin.js";
export type { DeviceAdmin } from "./device/connectDeviceAdmin.js";
export { collectConsecutiveCodes } from "./device/collectConsecutiveCodes.js";
export type { CodeAsk } from "./device/collectConsecutiveCodes.js";
export { setupVirtualMfaDevice } from "./device/setupVirtualMfaDevice.js";
export type { NewDeviceForUser } from "./device/setupVirtualMfaDevice.js";
export { provisionVirtualMfaDevices } from "./device/provision/provisionVirtualMfaDevices.js";
export { createProvisionStore } from "./device/provision/provisionStore.js";
export type { ProvisionReport, ProvisionCounts } from "./device/provision/ProvisionReport.js";
export { parseUsersFile } from "./device/provision/parseUsersFile.js";
export { rotateProfileAccessKey } from "./keys/rotate/rotateProfileAccessKey.js";
// The session cache and private files; the VS Code prompt protocol (server, client, discovery)
export { getCacheDir } from "./cache/getCacheDir.js";
export { ensurePrivateDir, writePrivateFileAtomic, removeFile } from "./cache/secureFiles.js";
export { parseCacheEntry } from "./cache/parseCacheEntry.js";
export { createSessionCache } from "./cache/fileSessionCache.js";
export { createPromptSecret } from "./ipc/ipcProtocol.js";
export type { PromptCodeRequest } from "./ipc/ipcProtocol.js";
export { startPromptServer } from "./ipc/ipcServer.js";
export type { PromptServerOptions, PromptServer } from "./ipc/ipcServer.js";
export { requestCodeOverIpc } from "./ipc/ipcClient.js";
export { PROMPT_SERVER_ENV, formatPromptServerEnv, parsePromptServerEnv } from "./ipc/promptServerEnv.js";
export type { PromptServerAddress } from "./ipc/promptServerEnv.js";
export { writeDiscoveryFile, removeDiscoveryFile, findPromptServer } from "./ipc/discovery.js";
export type { DiscoveredPromptServer, DiscoveryEntry } from "./ipc/discovery.js";
export { preparePromptSocket } from "./ipc/preparePromptSocket.js";
export type { PromptSocket } from "./ipc/preparePromptSocket.js";
// Sessions (cache, then lock, then STS) and where the MFA code comes from
export { formatProcessCredentials } from "./session/ProcessCredentials.js";
export type { SessionCredentials } from "./session/ProcessCredentials.js";
export { getCredentials } from "./session/getCredentials.js";
export { getCachedCredentials } from "./session/getCachedCredentials.js";
export type { GetCredentialsResult } from "./session/getCredentials.js";
export { loadProfile } from "./session/loadProfile.js";
export { getMfaSession } from "./session/getMfaSession.js";
export { getSessionCacheKeys } from "./session/getSessionCacheKeys.js";
export { listSessions } from "./session/listSessions.js";
export type { SessionSummary } from "./session/listSessions.js";
export { removeSessions } from "./session/removeSessions.js";
export { findSignInsUnderWay } from "./session/findSignInsUnderWay.js";
export { CODE_SOURCE_ORDER_ENV, TERMINAL_FIRST_CODE_SOURCE_ORDER } from "./prompt/CodeSource.js";
export type { CodeSourceName, CodeSources } from "./prompt/CodeSource.js";
export { formatCodeSourceOrder } from "./prompt/formatCodeSourceOrder.js";
export { createExplicitCodeProvider } from "./prompt/explicitCodeProvider.js";
// Profiles and the AWS clients
export type { ResolvedProfile } from "./config/ResolvedProfile.js";
export type { AwsClientFactory } from "./aws/AwsClientFactory.js";
export { findProfileName, getProfileName } from "./config/getProfileName.js";
export { getHomeDir } from "./config/getHomeDir.js";
export { getStateDir } from "./cache/getStateDir.js";
export { getEnvKey, getEnvValue } from "./platform/getEnvValue.js";
export { findOnPath, getPathExtensions } from "./platform/findOnPath.js";
export type { Settings } from "./config/parseSharedConfig.js";
export { readSharedConfigSync } from "./config/sharedConfigStore.js";
export { isMfaSessionCredentialProcess } from "./config/isMfaSessionCredentialProcess.js";
export { createAwsClients } from "./aws/createAwsClients.js";
// Long-term keys in the OS keychain (docs/keychain.md): the port, its @napi-rs/keyring backend, and the
// operations behind `mfa-session keys import|add|remove|list`
export { createKeyringStore } from "./keys/keyringStore.js";
export { importKeysToKeychain } from "./keys/importKeysToKeychain.js";
export { addKeysToKeychain } from "./keys/addKeysToKeychain.js";
export { removeKeysFromKeychain } from "./keys/removeKeysFromKeychain.js";
export { KEY_STORE_SETTING } from "./config/getLongTermKeysSource.js";
