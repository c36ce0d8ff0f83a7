// AssumeRole: trust policy checked (it may require MFA, given as SerialNumber/TokenCode or carried
// by the caller's MFA session); role chaining capped at one hour as AWS does.
import type { ActionSpec } from "../actions/ActionSpec.js";
import { assumedRoleArn, principalArn, roleArn, userArn } from "../auth/Principal.js";
import { AwsWireError, wireErrors } from "../protocol/AwsWireError.js";
import { evaluateTrustPolicy } from "./evaluateTrustPolicy.js";
import { issueSession, renderCredentials } from "./issueSession.js";
import { verifyTokenCode } from "./verifyTokenCode.js";

export const ROLE_CHAINING_LIMIT_SECONDS = 3600;

export const assumeRole: ActionSpec = {
  mutates: true,
  handle(context) {
    const { params, principal, state, accountId } = context;
    const arn = params.require("RoleArn");
    const sessionName = params.require("RoleSessionName");
    if (arn.length < 20 || arn.length > 2048) {
      throw new AwsWireError("ValidationError", `1 validation error detected: Value '${arn.slice(0, 64)}' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20`, 400);
    }
    if (sessionName.length < 2 || sessionName.length > 64 || !/^[\w+=,.@-]*$/.test(sessionName)) {
      throw new AwsWireError("ValidationError", `1 validation error detected: Value '${sessionName.slice(0, 64)}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`, 400);
    }
    const requested = params.integer("DurationSeconds", 900, 43200);
    const callerArn = principalArn(principal, accountId);
    const denied = () => wireErrors.accessDenied(`User: ${callerArn} is not authorized to perform: sts:AssumeRole on resource: ${arn}`);

    const mfaByCode = verifyTokenCode(context, principal.userName);
    const role = Object.values(state.roles).find((r) => roleArn(accountId, r.roleName, r.path) === arn);
    if (!role) throw denied();
    const chained = principal.role !== undefined;
    if (chained && requested !== undefined && requested > ROLE_CHAINING_LIMIT_SECONDS) {
      throw wireErrors.validation("The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
    }
    if (requested !== undefined && requested > role.maxSessionDuration) {
      throw wireErrors.validation("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
    }
    const nowMs = context.clock.now();
    const mfaPresent = mfaByCode || principal.mfaPresent;
    const mfaAuthenticatedAt = mfaByCode ? nowMs : principal.mfaAuthenticatedAt;
    const callerArns = principal.role
      ? [callerArn, roleArn(accountId, principal.role.roleName, state.roles[principal.role.roleName]?.path)]
      : [userArn(accountId, principal.userName ?? "", state.users[principal.userName ?? ""]?.path)];
    const trusted = evaluateTrustPolicy(role.assumeRolePolicyDocument, {
      accountId,
      arns: callerArns,
      mfaPresent,
      ...(mfaAuthenticatedAt !== undefined ? { mfaAgeSeconds: Math.floor((nowMs - mfaAuthenticatedAt) / 1000) } : {}),
    });
    if (!trusted) throw denied();

    const durationSeconds = Math.min(requested ?? 3600, chained ? ROLE_CHAINING_LIMIT_SECONDS : role.maxSessionDuration);
    const session = issueSession(state, {
      principal: { kind: "role", roleName: role.roleName, sessionName, ...(principal.userName ? { sourceUserName: principal.userName } : {}) },
      nowMs,
      durationSeconds,
      mfaPresent,
      ...(mfaAuthenticatedAt !== undefined ? { mfaAuthenticatedAt } : {}),
    });
    return {
      Credentials: renderCredentials(session),
      AssumedRoleUser: { AssumedRoleId: `${role.roleId}:${sessionName}`, Arn: assumedRoleArn(accountId, role.roleName, sessionName) },
    };
  },
};
