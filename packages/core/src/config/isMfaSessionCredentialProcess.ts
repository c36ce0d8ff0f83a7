// Detects a credential_process that runs mfa-session itself, so a source profile never points back
// at us (which would spawn mfa-session from mfa-session until something gives up).
const MFA_SESSION_PROGRAM = /(^|[\s"'\/\\=])mfa-session(\.js|\.cjs|\.mjs|\.cmd|\.exe)?(?=[@"'\s]|$)/i;
const CREDENTIAL_PROCESS_COMMAND = /(^|[\s"'])credential-process(?=["'\s]|$)/i;

export function isMfaSessionCredentialProcess(command: string): boolean {
  return MFA_SESSION_PROGRAM.test(command) && CREDENTIAL_PROCESS_COMMAND.test(command);
}
