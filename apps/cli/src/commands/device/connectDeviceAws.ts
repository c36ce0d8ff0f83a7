// The device commands' connection: core's connectDeviceAdmin (an MFA session for a profile that
// uses MFA, its keys otherwise), with the MFA session coming through the CLI's own code sources.
import { connectDeviceAdmin, createAwsClients, type DeviceAdmin } from "@mfa-session/core";
import { getHomedir } from "../../getHomedir.js";
import type { CliIo } from "../../io.js";
import { getCliCredentials } from "../../session/getCliCredentials.js";

export type DeviceAws = DeviceAdmin;

export interface ConnectDeviceAwsOptions {
  /** --profile; else AWS_PROFILE, AWS_DEFAULT_PROFILE, "default". */
  profile?: string | undefined;
  /** The long-term keys even for an MFA profile: `device setup` runs before the user has a device. */
  longTermKeys?: boolean;
  /** SDK attempts per call; provisioning retries throttling itself and passes 1. */
  maxAttempts?: number;
}

export function connectDeviceAws(io: CliIo, options: ConnectDeviceAwsOptions = {}): Promise<DeviceAws> {
  return connectDeviceAdmin({
    profile: options.profile,
    env: io.env,
    homedir: getHomedir(io),
    clients: createAwsClients(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
    ...(options.longTermKeys ? { longTermKeys: true } : {}),
    getMfaSession: async (profile) => (await getCliCredentials(io, { profile: profile.name })).credentials,
  });
}
