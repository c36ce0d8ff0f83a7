// Acts like AWS's "deny unless aws:MultiFactorAuthPresent" policy on users marked requireMfa:
// without an MFA session only the calls that let a user get one (and set up their own device) pass.
import type { ActionContext, ServiceSpec } from "../actions/ActionSpec.js";
import type { ActionSpec } from "../actions/ActionSpec.js";
import { AwsWireError } from "../protocol/AwsWireError.js";
import { principalArn } from "./Principal.js";

export function enforceMfaPolicy(service: ServiceSpec, spec: ActionSpec, context: ActionContext): void {
  const { principal, state } = context;
  if (principal.mfaPresent || principal.role || !principal.userName) return;
  if (!state.users[principal.userName]?.requireMfa) return;
  if (spec.allowedWithoutMfa?.(context)) return;
  const arn = principalArn(principal, context.accountId);
  const action = `${service.name}:${context.action}`;
  if (service.protocol === "ec2") {
    throw new AwsWireError(
      "UnauthorizedOperation",
      `You are not authorized to perform this operation. User: ${arn} is not authorized to perform: ${action} with an explicit deny in an identity-based policy`,
      403,
    );
  }
  throw new AwsWireError(
    "AccessDenied",
    `User: ${arn} is not authorized to perform: ${action} on resource: ${arn} with an explicit deny in an identity-based policy`,
    403,
  );
}
