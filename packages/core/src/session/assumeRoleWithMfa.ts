// The opt-out of role chaining (RoleSpec.assumeDirectly): AssumeRole from the source keys with the MFA
// code, so the role session can last the full duration_seconds; the price is a code per role.
import type { ResolvedProfile, RoleSpec } from "../config/ResolvedProfile.js";
import type { StsPort } from "../ports/ports.js";
import { callSts } from "./callSts.js";
import { requireMfaSerial } from "./getMfaSession.js";
import { getRoleSessionName } from "./getRoleSessionName.js";
import type { SessionCredentials } from "./ProcessCredentials.js";
import { submitMfaCode, type MfaCodeOptions } from "./submitMfaCode.js";
import { toSessionCredentials } from "./toSessionCredentials.js";

export interface AssumeRoleWithMfaOptions extends MfaCodeOptions {
  profile: ResolvedProfile & { role: RoleSpec };
  /** STS client signed with the source profile's credentials. */
  sts: StsPort;
}

export async function assumeRoleWithMfa(options: AssumeRoleWithMfaOptions): Promise<SessionCredentials> {
  const { profile } = options;
  const { role } = profile;
  const subject = `Profile ${profile.name}`;
  const mfaSerial = requireMfaSerial(profile);
  const reason = `to assume role ${role.roleArn} for profile ${profile.name}`;
  return submitMfaCode({ ...options, profile: profile.name, mfaSerial, reason }, async (code) => {
    const { AssumeRoleCommand } = await import("@aws-sdk/client-sts");
    const command = new AssumeRoleCommand({
      RoleArn: role.roleArn,
      RoleSessionName: getRoleSessionName(role, options.clock),
      DurationSeconds: role.durationSeconds,
      ExternalId: role.externalId,
      SerialNumber: mfaSerial,
      TokenCode: code,
    });
    const output = await callSts({ subject, endpoint: profile.endpoints.sts }, () => options.sts.send(command, { abortSignal: options.signal }));
    return toSessionCredentials(output.Credentials, subject);
  });
}
