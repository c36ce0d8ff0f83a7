// CreateAccessKey, UpdateAccessKey, DeleteAccessKey, ListAccessKeys: two keys per user, as IAM allows
// (Inactive ones count); a key that is not the target user's is NoSuchEntity, as in IAM.
import type { ActionContext, ActionSpec } from "../actions/ActionSpec.js";
import { wireErrors } from "../protocol/AwsWireError.js";
import type { AccessKeyRecord } from "../state/SandboxState.js";
import { generateIds } from "../state/generateIds.js";
import { checkPattern, resolveTargetUser } from "./iamValidation.js";
import { paginate, renderPage } from "./paginate.js";

export const ACCESS_KEYS_PER_USER = 2;

function keysOf(keys: Record<string, AccessKeyRecord>, userName: string): AccessKeyRecord[] {
  return Object.values(keys).filter((key) => key.userName === userName).sort((a, b) => a.createdAt - b.createdAt);
}

export const createAccessKey: ActionSpec = {
  mutates: true,
  handle(context) {
    const user = resolveTargetUser(context);
    if (keysOf(context.state.accessKeys, user.userName).length >= ACCESS_KEYS_PER_USER) {
      throw wireErrors.limitExceeded(`Cannot exceed quota for AccessKeysPerUser: ${ACCESS_KEYS_PER_USER}`);
    }
    const key: AccessKeyRecord = {
      accessKeyId: generateIds.longTermAccessKeyId(),
      secretAccessKey: generateIds.secretAccessKey(),
      userName: user.userName,
      status: "Active",
      createdAt: context.clock.now(),
    };
    context.state.accessKeys[key.accessKeyId] = key;
    return {
      AccessKey: { UserName: key.userName, AccessKeyId: key.accessKeyId, Status: key.status, SecretAccessKey: key.secretAccessKey, CreateDate: new Date(key.createdAt) },
    };
  },
};

/** The target user's key named by AccessKeyId. */
function findOwnKey(context: ActionContext): AccessKeyRecord {
  const user = resolveTargetUser(context);
  const accessKeyId = context.params.require("AccessKeyId");
  checkPattern("AccessKeyId", accessKeyId, /^[\w]+$/, "[\\w]+", 128);
  const key = context.state.accessKeys[accessKeyId];
  if (!key || key.userName !== user.userName) throw wireErrors.noSuchEntity(`The Access Key with id ${accessKeyId} cannot be found.`);
  return key;
}

export const deleteAccessKey: ActionSpec = {
  mutates: true,
  handle(context) {
    delete context.state.accessKeys[findOwnKey(context).accessKeyId];
    return undefined;
  },
};

/** Active or Inactive; an Inactive key signs nothing (authenticateRequest) but still counts toward the two. */
export const updateAccessKey: ActionSpec = {
  mutates: true,
  handle(context) {
    const status = context.params.require("Status");
    if (status !== "Active" && status !== "Inactive") {
      throw wireErrors.validation(`1 validation error detected: Value '${status.slice(0, 32)}' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]`);
    }
    findOwnKey(context).status = status;
    return undefined;
  },
};

export const listAccessKeys: ActionSpec = {
  handle(context) {
    const user = resolveTargetUser(context);
    const page = paginate(keysOf(context.state.accessKeys, user.userName), context.params);
    return renderPage("AccessKeyMetadata", page, (key) => ({
      UserName: key.userName,
      AccessKeyId: key.accessKeyId,
      Status: key.status,
      CreateDate: new Date(key.createdAt),
    }));
  },
};
