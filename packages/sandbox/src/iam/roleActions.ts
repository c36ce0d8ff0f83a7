// CreateRole and GetRole; the trust policy is kept as given and evaluated by STS AssumeRole.
import type { ActionSpec } from "../actions/ActionSpec.js";
import { AwsWireError, wireErrors } from "../protocol/AwsWireError.js";
import type { RoleRecord } from "../state/SandboxState.js";
import { generateIds } from "../state/generateIds.js";
import { checkPattern, NAME_PATTERN, readPath, readTags, requireName } from "./iamValidation.js";
import { renderRole } from "./renderIamEntities.js";

export const createRole: ActionSpec = {
  mutates: true,
  handle(context) {
    const roleName = requireName(context, "RoleName", 64);
    const document = context.params.require("AssumeRolePolicyDocument");
    const path = readPath(context);
    const maxSessionDuration = context.params.integer("MaxSessionDuration", 3600, 43200) ?? 3600;
    const tags = readTags(context);
    if (!isPolicyDocument(document)) throw new AwsWireError("MalformedPolicyDocument", "This policy contains invalid Json", 400);
    if (context.state.roles[roleName]) throw wireErrors.entityExists(`Role with name ${roleName} already exists.`);
    const description = context.params.get("Description");
    const role: RoleRecord = {
      roleName,
      roleId: generateIds.roleId(),
      path,
      assumeRolePolicyDocument: document,
      maxSessionDuration,
      createdAt: context.clock.now(),
      tags,
      ...(description !== undefined ? { description } : {}),
    };
    context.state.roles[roleName] = role;
    return { Role: renderRole(role, context.accountId) };
  },
};

export const getRole: ActionSpec = {
  handle(context) {
    const roleName = context.params.require("RoleName");
    checkPattern("RoleName", roleName, NAME_PATTERN, "[\\w+=,.@-]+", 64);
    const role = context.state.roles[roleName];
    if (!role) throw wireErrors.noSuchEntity(`The role with name ${roleName} cannot be found.`);
    return { Role: renderRole(role, context.accountId) };
  },
};

function isPolicyDocument(document: string): boolean {
  try {
    const parsed: unknown = JSON.parse(document);
    return typeof parsed === "object" && parsed !== null && "Statement" in parsed;
  } catch {
    return false;
  }
}
