// CreateUser and GetUser.
import type { ActionSpec } from "../actions/ActionSpec.js";
import { wireErrors } from "../protocol/AwsWireError.js";
import { generateIds } from "../state/generateIds.js";
import { isOwnUser, readPath, readTags, requireName, resolveTargetUser } from "./iamValidation.js";
import { renderTags, renderUser } from "./renderIamEntities.js";

export const createUser: ActionSpec = {
  mutates: true,
  handle(context) {
    const userName = requireName(context, "UserName", 64);
    const path = readPath(context);
    const tags = readTags(context);
    if (context.state.users[userName]) throw wireErrors.entityExists(`User with name ${userName} already exists.`);
    const user = { userName, userId: generateIds.userId(), path, createdAt: context.clock.now(), requireMfa: false, tags };
    context.state.users[userName] = user;
    return { User: { ...renderUser(user, context.accountId), Tags: renderTags(tags) } };
  },
};

export const getUser: ActionSpec = {
  allowedWithoutMfa: isOwnUser,
  handle(context) {
    const user = resolveTargetUser(context);
    return { User: { ...renderUser(user, context.accountId), Tags: renderTags(user.tags ?? []) } };
  },
};
