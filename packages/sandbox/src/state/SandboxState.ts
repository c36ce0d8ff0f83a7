// The sandbox's whole world as plain JSON-serialisable data, so it can be persisted with --state.
// Times are milliseconds since the epoch.

export interface Tag {
  Key: string;
  Value: string;
}

export interface UserRecord {
  userName: string;
  userId: string;
  path: string;
  createdAt: number;
  /** Behaves as if the "deny unless aws:MultiFactorAuthPresent" policy were attached. */
  requireMfa: boolean;
  tags?: Tag[];
}

export interface AccessKeyRecord {
  accessKeyId: string;
  secretAccessKey: string;
  userName: string;
  status: "Active" | "Inactive";
  createdAt: number;
}

export interface MfaDeviceRecord {
  serialNumber: string;
  name: string;
  path: string;
  seedBase32: string;
  createdAt: number;
  tags: Tag[];
  userName?: string;
  enabledAt?: number;
  /** Highest TOTP counter accepted so far: codes at or below it are refused as reused. */
  lastUsedCounter?: number;
  /** Steps the device's clock is ahead (+) or behind (-) the server's, set by ResyncMFADevice. */
  driftSteps: number;
}

export interface RoleRecord {
  roleName: string;
  roleId: string;
  path: string;
  assumeRolePolicyDocument: string;
  description?: string;
  maxSessionDuration: number;
  createdAt: number;
  tags: Tag[];
}

export type SessionPrincipal =
  | { kind: "user"; userName: string }
  | { kind: "role"; roleName: string; sessionName: string; sourceUserName?: string };

export interface SessionRecord {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiresAt: number;
  mfaPresent: boolean;
  mfaAuthenticatedAt?: number;
  principal: SessionPrincipal;
}

export interface InstanceRecord {
  instanceId: string;
  imageId: string;
  instanceType: string;
  state: "pending" | "running" | "stopping" | "stopped" | "shutting-down" | "terminated";
  region: string;
  availabilityZone: string;
  privateIpAddress: string;
  launchedAt: number;
  reservationId: string;
  tags: Tag[];
}

export interface SandboxState {
  version: 1;
  accountId: string;
  adminUserName: string;
  users: Record<string, UserRecord>;
  accessKeys: Record<string, AccessKeyRecord>;
  mfaDevices: Record<string, MfaDeviceRecord>;
  roles: Record<string, RoleRecord>;
  sessions: Record<string, SessionRecord>;
  instances: InstanceRecord[];
}

export function createEmptyState(accountId: string, adminUserName: string): SandboxState {
  return { version: 1, accountId, adminUserName, users: {}, accessKeys: {}, mfaDevices: {}, roles: {}, sessions: {}, instances: [] };
}
