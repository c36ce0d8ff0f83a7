// Public API of @mfa-session/core. Named exports only; each line names the file that owns the concept.
export { MfaSessionError, isMfaSessionError } from "./errors/MfaSessionError.js";
export type { MfaSessionErrorCode, MfaSessionErrorOptions } from "./errors/MfaSessionError.js";
export type { ErrorHint, ErrorHintKind } from "./errors/ErrorHint.js";
export { formatErrorMessage } from "./errors/formatErrorMessage.js";
export type { WordNextStep } from "./errors/formatErrorMessage.js";
export {
  UsageError, ConfigError, ProfileNotFoundError, ProfileCycleError, CredentialsMissingError,
  CredentialProcessRecursionError, CredentialProcessFailedError, NoMfaDeviceError, InvalidMfaCodeError,
  MfaCodeReusedError, PromptUnavailableError, UserCancelledError, AccessDeniedError, EndpointUnreachableError,
  ThrottledError, AwsServiceError, CacheUnsafeError, LockTimeoutError, FileExistsError, DeviceConflictError,
  DeviceLimitError, EntityExistsError, NoSuchEntityError, IpcProtocolError,
} from "./errors/errors.js";
export { systemClock, silentLogger } from "./ports/ports.js";
export type { StsPort, IamPort, Clock, Logger, MfaCodeRequest, MfaCodeProvider } from "./ports/ports.js";
export { decodeBase32, encodeBase32 } from "./totp/base32.js";
export { generateTotp, generateHotp, getTotpCounter, getSecondsUntilNextCode, TOTP_STEP_SECONDS, TOTP_DIGITS } from "./totp/generateTotp.js";
export type { TotpOptions } from "./totp/generateTotp.js";
export { verifyTotp, findTotpCounter } from "./totp/verifyTotp.js";
export type { VerifyTotpOptions } from "./totp/verifyTotp.js";
export { formatOtpauthUri, parseOtpauthUri } from "./totp/formatOtpauthUri.js";
export type { OtpauthUriInput, ParsedOtpauthUri } from "./totp/formatOtpauthUri.js";
export { generateSeed } from "./totp/generateSeed.js";
export { isMfaCode, parseMfaCode } from "./totp/parseMfaCode.js";
export { parseSeedText } from "./totp/parseSeedText.js";
// configEdit (helper D): byte-preserving edits of ~/.aws/config and credentials
export { parseConfigDocument, splitLines, formatConfigDocument, normalizeSectionHeader } from "./configEdit/parseConfigDocument.js";
export type { ConfigDocument, ConfigLine, ConfigKeyLine, ConfigSectionBlock } from "./configEdit/parseConfigDocument.js";
export { setConfigValues, findSection } from "./configEdit/setConfigValues.js";
export type { ConfigSectionEdit, ConfigValueEdit, ConfigChange, ConfigEditResult } from "./configEdit/setConfigValues.js";
export { formatLineDiff } from "./configEdit/formatLineDiff.js";
export { readConfigFile, writeConfigFile } from "./configEdit/writeConfigFile.js";
export type { WriteConfigFileOptions } from "./configEdit/writeConfigFile.js";
export { planCredentialProcessProfile, configSectionName } from "./configEdit/planCredentialProcessProfile.js";
export type { CredentialProcessProfileRequest, CredentialProcessProfilePlan } from "./configEdit/planCredentialProcessProfile.js";
export { planProfileEdit } from "./configEdit/planProfileEdit.js";
export type { ProfileEditRequest, PlanProfileEditOptions, ProfileEditPlan } from "./configEdit/planProfileEdit.js";
export { formatCredentialProcessLine, getCommandLinePlatform } from "./configEdit/formatCredentialProcessLine.js";
export type { CommandLinePlatform } from "./configEdit/formatCredentialProcessLine.js";
export { setProfileValues } from "./configEdit/setProfileValues.js";
export type { SetProfileValuesOptions, SetProfileValuesResult } from "./configEdit/setProfileValues.js";
export { recordMfaSerial } from "./configEdit/recordMfaSerial.js";
export type { RecordMfaSerialOptions } from "./configEdit/recordMfaSerial.js";
// device (helper E)
export { createVirtualMfaDevice, assertDeviceName } from "./device/createVirtualMfaDevice.js";
export type { CreateVirtualMfaDeviceOptions } from "./device/createVirtualMfaDevice.js";
export { enableMfaDevice } from "./device/enableMfaDevice.js";
export type { DeviceCodesOptions } from "./device/enableMfaDevice.js";
export { resyncMfaDevice } from "./device/resyncMfaDevice.js";
export { deactivateMfaDevice } from "./device/deactivateMfaDevice.js";
export type { DeactivateMfaDeviceOptions } from "./device/deactivateMfaDevice.js";
export { deleteVirtualMfaDevice } from "./device/deleteVirtualMfaDevice.js";
export type { DeleteVirtualMfaDeviceOptions, DeleteVirtualMfaDeviceResult } from "./device/deleteVirtualMfaDevice.js";
export { listMfaDevices } from "./device/listMfaDevices.js";
export type { ListMfaDevicesOptions } from "./device/listMfaDevices.js";
export { listVirtualMfaDevices } from "./device/listVirtualMfaDevices.js";
export type { ListVirtualMfaDevicesOptions } from "./device/listVirtualMfaDevices.js";
export { getMfaDevice } from "./device/getMfaDevice.js";
export type { GetMfaDeviceOptions } from "./device/getMfaDevice.js";
export { tagMfaDevice } from "./device/tagMfaDevice.js";
export { untagMfaDevice } from "./device/untagMfaDevice.js";
export { listMfaDeviceTags } from "./device/listMfaDeviceTags.js";
export { parseTags } from "./device/parseTags.js";
export { parseCodePair } from "./device/parseCodePair.js";
export type { CodePair } from "./device/parseCodePair.js";
export { getConsecutiveCodes } from "./device/getConsecutiveCodes.js";
export { translateDeviceError, CONSECUTIVE_CODES_HINT } from "./device/translateDeviceError.js";
export type { DeviceAction, DeviceErrorContext } from "./device/translateDeviceError.js";
export type { AssignmentStatus, BootstrapMethod, DeviceVerbOptions, MfaDeviceSummary, CreatedVirtualMfaDevice } from "./device/MfaDevice.js";
export { findCallingUser } from "./device/findCallingUser.js";
export type { CallingUser } from "./device/findCallingUser.js";
export { connectDeviceAdmin } from "./device/connectDeviceAdmin.js";
export type { ConnectDeviceAdminOptions, DeviceAdmin } from "./device/connectDeviceAdmin.js";
export { collectConsecutiveCodes } from "./device/collectConsecutiveCodes.js";
export type { CodeAsk, CollectConsecutiveCodesOptions } from "./device/collectConsecutiveCodes.js";
export { setupVirtualMfaDevice } from "./device/setupVirtualMfaDevice.js";
export type { NewDeviceForUser, SetupStep, SetupVirtualMfaDeviceOptions, SetupVirtualMfaDeviceResult } from "./device/setupVirtualMfaDevice.js";
export { removeWithOwnMfaSession } from "./device/removeWithOwnMfaSession.js";
export type { RemoveWithOwnMfaSessionOptions } from "./device/removeWithOwnMfaSession.js";
export { provisionVirtualMfaDevices } from "./device/provision/provisionVirtualMfaDevices.js";
export type { ProvisionProgress, ProvisionResult, ProvisionVirtualMfaDevicesOptions } from "./device/provision/provisionVirtualMfaDevices.js";
export { createProvisionStore, PROVISION_REPORT_FILE } from "./device/provision/provisionStore.js";
export type { ProvisionStore } from "./device/provision/provisionStore.js";
export { countProvisionReport, parseProvisionReport } from "./device/provision/ProvisionReport.js";
export type { ProvisionReport, ProvisionUserRecord, ProvisionStatus, ProvisionCounts } from "./device/provision/ProvisionReport.js";
export { parseUsersFile } from "./device/provision/parseUsersFile.js";
export { retryThrottled } from "./device/provision/retryThrottled.js";
export type { RetryOptions } from "./device/provision/retryThrottled.js";
// cache, lock, ipc (helper B2)
export type { SessionCache, SessionCacheEntry, SessionCacheKind, SessionCacheMeta, UsedCodeStore } from "./cache/SessionCache.js";
export { getCacheDir, CACHE_DIR_ENV } from "./cache/getCacheDir.js";
export type { GetCacheDirOptions } from "./cache/getCacheDir.js";
export { ensurePrivateDir, checkPrivateDirSync, writePrivateFileAtomic, readPrivateFileSync, removeFile, removeFileIfUnchanged } from "./cache/secureFiles.js";
export type { PrivateFileReadResult, FileIdentity } from "./cache/secureFiles.js";
export { parseCacheEntry, formatCacheEntry, isCacheKey, CACHE_FORMAT, CACHE_VERSION } from "./cache/parseCacheEntry.js";
export { createSessionCache } from "./cache/fileSessionCache.js";
export type { SessionCacheOptions } from "./cache/fileSessionCache.js";
export { createUsedCodeStore, USED_CODE_WINDOW_MS } from "./cache/usedCodeStore.js";
export type { UsedCodeStoreOptions } from "./cache/usedCodeStore.js";
export type { Locker, LockOptions } from "./lock/Lock.js";
export { createFileLocker } from "./lock/fileLock.js";
export type { FileLockerOptions } from "./lock/fileLock.js";
export { isProcessAlive } from "./lock/isProcessAlive.js";
export {
  IPC_PROTOCOL_VERSION, MAX_IPC_MESSAGE_BYTES, IpcLineDecoder, formatIpcMessage, parseClientMessage, parseServerMessage,
  secretsMatch, createPromptSecret,
} from "./ipc/ipcProtocol.js";
export type {
  IpcErrorKind, PromptCodeRequest, IpcCodeRequest, IpcPing, IpcCodeResponse, IpcErrorMessage, IpcPong, IpcClientMessage,
  IpcServerMessage, IpcParseResult,
} from "./ipc/ipcProtocol.js";
export { startPromptServer } from "./ipc/ipcServer.js";
export type { PromptServerOptions, PromptServer } from "./ipc/ipcServer.js";
export { requestCodeOverIpc, pingPromptServer } from "./ipc/ipcClient.js";
export type { RequestCodeOverIpcOptions, IpcCodeRequestFields } from "./ipc/ipcClient.js";
export {
  PROMPT_SERVER_ENV, getDiscoveryDir, formatPromptServerEnv, parsePromptServerEnv, getPromptSocketPath, writeDiscoveryFile,
  removeDiscoveryFile, findPromptServer, parseDiscoveryEntry,
} from "./ipc/discovery.js";
export type { PromptServerAddress, DiscoveredPromptServer, DiscoveryEntry, FindPromptServerOptions } from "./ipc/discovery.js";
// session, prompt (helper B1)
export { formatProcessCredentials } from "./session/ProcessCredentials.js";
export type { SessionCredentials, ProcessCredentialsJson } from "./session/ProcessCredentials.js";
export type { MfaCodeProviderOptions } from "./ports/ports.js";
export { getCredentials } from "./session/getCredentials.js";
export { getCachedCredentials } from "./session/getCachedCredentials.js";
export type { GetCachedCredentialsOptions, CachedCredentials } from "./session/getCachedCredentials.js";
export type { GetCredentialsOptions, GetCredentialsResult } from "./session/getCredentials.js";
export { getProfileCredentials, DEFAULT_MIN_REMAINING_MS } from "./session/getProfileCredentials.js";
export type { GetProfileCredentialsOptions, CredentialsResult } from "./session/getProfileCredentials.js";
export { loadProfile, loadSourceCredentials } from "./session/loadProfile.js";
export type { LoadProfileOptions, LoadSourceCredentialsOptions } from "./session/loadProfile.js";
export { getMfaSession, requireMfaSerial, MIN_SESSION_SECONDS, MAX_SESSION_SECONDS } from "./session/getMfaSession.js";
export type { GetMfaSessionOptions } from "./session/getMfaSession.js";
export { assumeRoleFromSession } from "./session/assumeRoleFromSession.js";
export type { AssumeRoleFromSessionOptions } from "./session/assumeRoleFromSession.js";
export { assumeRoleWithMfa } from "./session/assumeRoleWithMfa.js";
export type { AssumeRoleWithMfaOptions } from "./session/assumeRoleWithMfa.js";
export { getChainedRoleDuration, MAX_CHAINED_ROLE_SECONDS } from "./session/getChainedRoleDuration.js";
export { submitMfaCode, MAX_MFA_CODE_ATTEMPTS } from "./session/submitMfaCode.js";
export type { SubmitMfaCodeOptions } from "./session/submitMfaCode.js";
export { getSessionCacheKeys } from "./session/getSessionCacheKeys.js";
export { isFreshEntry } from "./session/isFreshEntry.js";
export type { SessionCacheKeys } from "./session/getSessionCacheKeys.js";
export { listSessions } from "./session/listSessions.js";
export type { ListSessionsOptions, SessionSummary } from "./session/listSessions.js";
export { removeSessions } from "./session/removeSessions.js";
export type { RemoveSessionsOptions } from "./session/removeSessions.js";
export { chainCodeProviders } from "./prompt/chainCodeProviders.js";
export { CODE_SOURCE_ORDER_ENV, TERMINAL_FIRST_CODE_SOURCE_ORDER } from "./prompt/CodeSource.js";
export type { CodeSourceName, CodeSources } from "./prompt/CodeSource.js";
export { formatCodeSourceOrder } from "./prompt/formatCodeSourceOrder.js";
export { createExplicitCodeProvider, explicitCodeProviderOptions } from "./prompt/explicitCodeProvider.js";
export { createMfaProcessProvider, mfaProcessProviderOptions, MFA_PROCESS_TIMEOUT_MS } from "./prompt/mfaProcessProvider.js";
export type { MfaProcessProviderOptions, ShellCommandRunner } from "./prompt/mfaProcessProvider.js";
// config, aws, process (helper A)
export type { Env } from "./config/Env.js";
export type { ResolvedProfile, AwsCredentials, SourceCredentialsSpec, RoleSpec } from "./config/ResolvedProfile.js";
export type { AwsClientFactory, AwsClientOptions } from "./aws/AwsClientFactory.js";
export { getConfigPaths } from "./config/getConfigPaths.js";
export type { ConfigPaths, GetConfigPathsOptions } from "./config/getConfigPaths.js";
export { findProfileName, getProfileName } from "./config/getProfileName.js";
export { parseSharedConfig } from "./config/parseSharedConfig.js";
export type { SharedConfig, SharedConfigText, Settings } from "./config/parseSharedConfig.js";
export { readSharedConfigSync } from "./config/sharedConfigStore.js";
export type { ReadSharedConfigOptions } from "./config/sharedConfigStore.js";
export { resolveProfile, DEFAULT_SESSION_DURATION_SECONDS } from "./config/resolveProfile.js";
export type { ResolveProfileOptions } from "./config/resolveProfile.js";
export { isMfaSessionCredentialProcess } from "./config/isMfaSessionCredentialProcess.js";
export { resolveEndpoint, resolveEndpoints } from "./config/resolveEndpoint.js";
export type { EndpointService, ResolveEndpointOptions } from "./config/resolveEndpoint.js";
export { parseProcessCredentials } from "./config/parseProcessCredentials.js";
export type { ParseProcessCredentialsOptions } from "./config/parseProcessCredentials.js";
export { resolveSourceCredentials, DEFAULT_CREDENTIAL_PROCESS_TIMEOUT_MS } from "./config/resolveSourceCredentials.js";
export type { ResolveSourceCredentialsOptions } from "./config/resolveSourceCredentials.js";
export { runShellCommand, formatStderrTail, DEFAULT_SHELL_COMMAND_TIMEOUT_MS } from "./process/runShellCommand.js";
export type { RunShellCommandOptions, ShellCommandResult } from "./process/runShellCommand.js";
export { createAwsClients, DEFAULT_CONNECTION_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS } from "./aws/createAwsClients.js";
export type { CreateAwsClientsOptions } from "./aws/createAwsClients.js";
export { withoutSdkNodeVersionWarning, isSdkNodeVersionWarning } from "./aws/withoutSdkNodeVersionWarning.js";
export { translateAwsError } from "./aws/translateAwsError.js";
export type { TranslateAwsErrorOptions } from "./aws/translateAwsError.js";
export { startMoto } from "./testing/startMoto.js";
export type { MotoServer, StartMotoOptions } from "./testing/startMoto.js";
