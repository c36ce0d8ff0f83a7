// GetCallerIdentity: never denied, with or without MFA.
import type { ActionSpec } from "../actions/ActionSpec.js";
import { principalArn } from "../auth/Principal.js";

export const getCallerIdentity: ActionSpec = {
  allowedWithoutMfa: () => true,
  handle(context) {
    const { principal, state, accountId } = context;
    const userId = principal.role
      ? `${state.roles[principal.role.roleName]?.roleId ?? "AROAUNKNOWN"}:${principal.role.sessionName}`
      : (state.users[principal.userName ?? ""]?.userId ?? "AIDAUNKNOWN");
    const user = principal.userName ? state.users[principal.userName] : undefined;
    const arn = user ? `arn:aws:iam::${accountId}:user${user.path}${user.userName}` : principalArn(principal, accountId);
    return { UserId: userId, Account: accountId, Arn: arn };
  },
};
