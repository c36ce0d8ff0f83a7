// Who is calling, as resolved from the verified access key: a user with long-term keys, a user's
// session (GetSessionToken) or a role session (AssumeRole).
import type { SessionRecord } from "../state/SandboxState.js";

export interface Principal {
  accessKeyId: string;
  credentialType: "long-term" | "session";
  /** The IAM user for user keys and user sessions; undefined for role sessions. */
  userName?: string;
  role?: { roleName: string; sessionName: string };
  mfaPresent: boolean;
  mfaAuthenticatedAt?: number;
  session?: SessionRecord;
}

export function userArn(accountId: string, userName: string, path = "/"): string {
  return `arn:aws:iam::${accountId}:user${path}${userName}`;
}

export function roleArn(accountId: string, roleName: string, path = "/"): string {
  return `arn:aws:iam::${accountId}:role${path}${roleName}`;
}

export function assumedRoleArn(accountId: string, roleName: string, sessionName: string): string {
  return `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
}

export function principalArn(principal: Principal, accountId: string): string {
  if (principal.role) return assumedRoleArn(accountId, principal.role.roleName, principal.role.sessionName);
  return userArn(accountId, principal.userName ?? "unknown");
}
