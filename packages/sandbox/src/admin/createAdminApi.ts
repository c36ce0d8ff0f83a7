// The in-process control surface for tests and the demo: set up users, roles, devices and EC2
// instances directly, and read a device's seed so a demo can generate codes like an authenticator.
import { formatOtpauthUri, generateSeed } from "@mfa-session/core";
import type { Clock } from "@mfa-session/core";
import { userArn } from "../auth/Principal.js";
import { mfaSerialNumber } from "../iam/virtualMfaDeviceActions.js";
import type { StateStore } from "../state/createStateStore.js";
import type { InstanceRecord, MfaDeviceRecord, SandboxState, Tag } from "../state/SandboxState.js";
import { generateIds } from "../state/generateIds.js";

export interface CreateUserInput {
  userName: string;
  /** Deny every call but GetSessionToken, GetCallerIdentity and own-device set-up without MFA. */
  requireMfa?: boolean;
  /** Create an access key for the user (default true). */
  withAccessKey?: boolean;
}

export interface CreatedUser {
  userName: string;
  userId: string;
  arn: string;
  accessKeyId?: string;
  secretAccessKey?: string;
}

export interface CreateRoleInput {
  roleName: string;
  /** The trust policy (object or JSON); default trusts the account, with MFA when requireMfa. */
  trustPolicy?: string | object;
  requireMfa?: boolean;
  maxSessionDuration?: number;
}

export interface CreateMfaDeviceInput {
  deviceName: string;
  /** Assign (enable) the device to this user straight away, as EnableMFADevice would. */
  userName?: string;
}

export interface SeedInstanceInput {
  instanceId?: string;
  imageId?: string;
  instanceType?: string;
  state?: InstanceRecord["state"];
  region?: string;
  availabilityZone?: string;
  privateIpAddress?: string;
  tags?: Record<string, string> | Tag[];
  launchTime?: number;
}

export interface AdminApi {
  createUser(input: CreateUserInput): CreatedUser;
  setRequireMfa(input: { userName: string; requireMfa: boolean }): void;
  createRole(input: CreateRoleInput): { roleName: string; arn: string };
  createMfaDevice(input: CreateMfaDeviceInput): { serialNumber: string; seedBase32: string; otpauthUri: string };
  seedInstances(instances: SeedInstanceInput[]): InstanceRecord[];
  /** The Base32 seed of a virtual device, as an authenticator app would hold it. */
  getSeed(serialNumber: string): string;
  /** A deep copy of the whole state (secrets included: in-process and admin-authenticated only). */
  snapshot(): SandboxState;
  /** How many MFA sessions (GetSessionToken with a code) STS has issued to the user: one per accepted code. */
  countMfaSessions(userName: string): number;
}

export function createAdminApi(store: StateStore, clock: Clock): AdminApi {
  const { state } = store;
  const needUser = (userName: string) => {
    const user = state.users[userName];
    if (!user) throw new Error(`No sandbox user named ${userName}.`);
    return user;
  };
  return {
    createUser(input) {
      if (!/^[\w+=,.@-]{1,64}$/.test(input.userName)) throw new Error("userName must be 1-64 characters of [A-Za-z0-9+=,.@_-].");
      if (state.users[input.userName]) throw new Error(`A sandbox user named ${input.userName} already exists.`);
      const user = { userName: input.userName, userId: generateIds.userId(), path: "/", createdAt: clock.now(), requireMfa: input.requireMfa ?? false };
      state.users[user.userName] = user;
      const created: CreatedUser = { userName: user.userName, userId: user.userId, arn: userArn(state.accountId, user.userName) };
      if (input.withAccessKey ?? true) {
        const key = { accessKeyId: generateIds.longTermAccessKeyId(), secretAccessKey: generateIds.secretAccessKey(), userName: user.userName, status: "Active" as const, createdAt: clock.now() };
        state.accessKeys[key.accessKeyId] = key;
        created.accessKeyId = key.accessKeyId;
        created.secretAccessKey = key.secretAccessKey;
      }
      store.commit();
      return created;
    },
    setRequireMfa(input) {
      needUser(input.userName).requireMfa = input.requireMfa;
      store.commit();
    },
    createRole(input) {
      if (!/^[\w+=,.@-]{1,64}$/.test(input.roleName)) throw new Error("roleName must be 1-64 characters of [A-Za-z0-9+=,.@_-].");
      if (state.roles[input.roleName]) throw new Error(`A sandbox role named ${input.roleName} already exists.`);
      const policy = input.trustPolicy ?? defaultTrustPolicy(state.accountId, input.requireMfa ?? false);
      const role = {
        roleName: input.roleName,
        roleId: generateIds.roleId(),
        path: "/",
        assumeRolePolicyDocument: typeof policy === "string" ? policy : JSON.stringify(policy),
        maxSessionDuration: input.maxSessionDuration ?? 3600,
        createdAt: clock.now(),
        tags: [],
      };
      state.roles[role.roleName] = role;
      store.commit();
      return { roleName: role.roleName, arn: `arn:aws:iam::${state.accountId}:role/${role.roleName}` };
    },
    createMfaDevice(input) {
      const serialNumber = mfaSerialNumber(state.accountId, "/", input.deviceName);
      if (state.mfaDevices[serialNumber]) throw new Error(`An MFA device ${serialNumber} already exists.`);
      const seedBase32 = generateSeed();
      const device: MfaDeviceRecord = { serialNumber, name: input.deviceName, path: "/", seedBase32, createdAt: clock.now(), tags: [], driftSteps: 0 };
      if (input.userName) {
        needUser(input.userName);
        device.userName = input.userName;
        device.enabledAt = clock.now();
      }
      state.mfaDevices[serialNumber] = device;
      store.commit();
      return { serialNumber, seedBase32, otpauthUri: formatOtpauthUri({ seedBase32, accountName: `${input.deviceName}@${state.accountId}` }) };
    },
    countMfaSessions(userName) {
      return Object.values(state.sessions)
        .filter((session) => session.mfaPresent && session.principal.kind === "user" && session.principal.userName === userName).length;
    },
    seedInstances(instances) {
      const created = instances.map((input, index): InstanceRecord => {
        const region = input.region ?? "us-east-1";
        return {
          instanceId: input.instanceId ?? generateIds.instanceId(),
          imageId: input.imageId ?? "ami-0abcdef1234567890",
          instanceType: input.instanceType ?? "t3.micro",
          state: input.state ?? "running",
          region,
          availabilityZone: input.availabilityZone ?? `${region}a`,
          privateIpAddress: input.privateIpAddress ?? `10.0.0.${(state.instances.length + index + 10) % 250}`,
          launchedAt: input.launchTime ?? clock.now(),
          reservationId: generateIds.reservationId(),
          tags: Array.isArray(input.tags) ? input.tags : Object.entries(input.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
        };
      });
      state.instances.push(...created);
      store.commit();
      return created.map((i) => ({ ...i }));
    },
    getSeed(serialNumber) {
      const device = state.mfaDevices[serialNumber];
      if (!device) throw new Error(`No MFA device with serial number ${serialNumber}.`);
      return device.seedBase32;
    },
    snapshot: () => structuredClone(state),
  };
}

function defaultTrustPolicy(accountId: string, requireMfa: boolean): object {
  return {
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${accountId}:root` },
        Action: "sts:AssumeRole",
        ...(requireMfa ? { Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } } : {}),
      },
    ],
  };
}
