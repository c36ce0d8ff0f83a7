// Public API of @mfa-session/sandbox: start a local IAM + STS + EC2 endpoint with real MFA semantics.
export { startSandbox, DEFAULT_ACCOUNT_ID, ADMIN_USER_NAME, SANDBOX_REGION } from "./startSandbox.js";
export type { Sandbox, SandboxAdmin, StartSandboxOptions } from "./startSandbox.js";
export type { AdminApi, CreateUserInput, CreatedUser, CreateRoleInput, CreateMfaDeviceInput, SeedInstanceInput } from "./admin/createAdminApi.js";
export type { FaultInjector, FaultRule, FaultKind } from "./faults/createFaultInjector.js";
export { CONTROL_PATH } from "./control/handleControlRequest.js";
export type { InstanceRecord, SandboxState } from "./state/SandboxState.js";
