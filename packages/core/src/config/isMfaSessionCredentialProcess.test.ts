import { describe, expect, it } from "vitest";
import { isMfaSessionCredentialProcess } from "./isMfaSessionCredentialProcess.js";

describe(isMfaSessionCredentialProcess.name, () => {
  it.each([
    "mfa-session credential-process --profile work",
    "/usr/local/bin/mfa-session credential-process",
    "npx mfa-session credential-process --profile work",
    "npx -y mfa-session@1 credential-process",
    "node /opt/mfa/apps/cli/dist/mfa-session.js credential-process --profile x",
    "/usr/bin/node /opt/mfa-session/dist/mfa-session.js credential-process --profile a",
    '"C:\\Program Files\\nodejs\\node.exe" C:\\x\\mfa-session.js credential-process --profile a',
    '"C:\\Program Files\\mfa\\mfa-session.cmd" credential-process',
    "MFA-SESSION credential-process",
  ])("recognises %j", (command) => {
    expect(isMfaSessionCredentialProcess(command)).toBe(true);
  });

  it.each([
    "aws-vault exec base --json",
    "mfa-session status",
    "my-mfa-session-wrapper credential-process",
    "/opt/mfa-session-tools/get-creds",
    "credential-process-helper --mfa-session",
  ])("does not flag %j", (command) => {
    expect(isMfaSessionCredentialProcess(command)).toBe(false);
  });
});
