// AssumeRole from the cached MFA session (role chaining): no code needed, one MFA session serves every role.
import type { ResolvedProfile, RoleSpec } from "../config/ResolvedProfile.js";
import type { Clock, Logger, StsPort } from "../ports/ports.js";
import { callSts } from "./callSts.js";
import { getChainedRoleDuration } from "./getChainedRoleDuration.js";
import { getRoleSessionName } from "./getRoleSessionName.js";
import type { SessionCredentials } from "./ProcessCredentials.js";
import { toSessionCredentials } from "./toSessionCredentials.js";

export interface AssumeRoleFromSessionOptions {
  profile: ResolvedProfile & { role: RoleSpec };
  /** STS client signed with the MFA session's credentials. */
  sts: StsPort;
  clock: Clock;
  logger: Logger;
  signal?: AbortSignal;
}

export async function assumeRoleFromSession(options: AssumeRoleFromSessionOptions): Promise<SessionCredentials> {
  const { profile } = options;
  const { role } = profile;
  const subject = `Profile ${profile.name}`;
  const { AssumeRoleCommand } = await import("@aws-sdk/client-sts");
  const command = new AssumeRoleCommand({
    RoleArn: role.roleArn,
    RoleSessionName: getRoleSessionName(role, options.clock),
    DurationSeconds: getChainedRoleDuration(role, profile.name, options.logger),
    ExternalId: role.externalId,
  });
  const output = await callSts({ subject, endpoint: profile.endpoints.sts }, () => options.sts.send(command, { abortSignal: options.signal }));
  return toSessionCredentials(output.Credentials, subject);
}
