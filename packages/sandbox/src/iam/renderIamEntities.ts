// The XML shapes of IAM entities, shared by the actions that return them.
import { userArn } from "../auth/Principal.js";
import type { XmlObject } from "../protocol/renderXml.js";
import type { RoleRecord, Tag, UserRecord } from "../state/SandboxState.js";

export function renderUser(user: UserRecord, accountId: string): XmlObject {
  return {
    Path: user.path,
    UserName: user.userName,
    UserId: user.userId,
    Arn: userArn(accountId, user.userName, user.path),
    CreateDate: new Date(user.createdAt),
  };
}

export function renderTags(tags: readonly Tag[]): XmlObject[] | undefined {
  return tags.length === 0 ? undefined : tags.map((tag) => ({ Key: tag.Key, Value: tag.Value }));
}

export function renderRole(role: RoleRecord, accountId: string): XmlObject {
  return {
    Path: role.path,
    RoleName: role.roleName,
    RoleId: role.roleId,
    Arn: `arn:aws:iam::${accountId}:role${role.path}${role.roleName}`,
    CreateDate: new Date(role.createdAt),
    AssumeRolePolicyDocument: encodeURIComponent(role.assumeRolePolicyDocument),
    Description: role.description,
    MaxSessionDuration: role.maxSessionDuration,
    Tags: renderTags(role.tags),
    // Never used: the sandbox does not track role use, and AWS then sends an empty element.
    RoleLastUsed: {},
  };
}
