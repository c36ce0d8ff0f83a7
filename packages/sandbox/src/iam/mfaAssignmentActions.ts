// EnableMFADevice, ResyncMFADevice, DeactivateMFADevice: assigning a virtual device to a user
// after proving possession with two consecutive codes.
import { generateTotp, getTotpCounter, TOTP_STEP_SECONDS } from "@mfa-session/core";
import type { ActionContext, ActionSpec } from "../actions/ActionSpec.js";
import { wireErrors } from "../protocol/AwsWireError.js";
import type { MfaDeviceRecord, UserRecord } from "../state/SandboxState.js";
import { getVirtualDevice, isOwnUser, requireAuthenticationCode, requireSerialNumber, resolveTargetUser } from "./iamValidation.js";

export const MFA_DEVICES_PER_USER = 8;
/** How far (in 30 s steps) ResyncMFADevice looks for a drifted device clock. */
export const RESYNC_RANGE_STEPS = 20;

/** Counter of the second code when the two codes are consecutive near `aroundCounter`, else undefined. */
function findConsecutive(device: MfaDeviceRecord, code1: string, code2: string, aroundCounter: number, range: number): number | undefined {
  const codeAt = (counter: number) => generateTotp(device.seedBase32, { timeMs: counter * TOTP_STEP_SECONDS * 1000 });
  for (let delta = -range; delta <= range; delta++) {
    const second = aroundCounter + delta;
    if (codeAt(second) === code2 && codeAt(second - 1) === code1) return second;
  }
  return undefined;
}

/** The parameters EnableMFADevice and ResyncMFADevice share, checked in AWS's order. */
function readCodeRequest(context: ActionContext): { user: UserRecord; serialNumber: string; code1: string; code2: string } {
  return {
    user: resolveTargetUser(context),
    serialNumber: requireSerialNumber(context),
    code1: requireAuthenticationCode(context, "AuthenticationCode1"),
    code2: requireAuthenticationCode(context, "AuthenticationCode2"),
  };
}

export const enableMfaDevice: ActionSpec = {
  mutates: true,
  allowedWithoutMfa: isOwnUser,
  handle(context) {
    const { user, serialNumber, code1, code2 } = readCodeRequest(context);
    const device = getVirtualDevice(context, serialNumber);
    if (device.userName) throw wireErrors.entityExists("MFA Device is already in use.");
    const assigned = Object.values(context.state.mfaDevices).filter((d) => d.userName === user.userName).length;
    if (assigned >= MFA_DEVICES_PER_USER) throw wireErrors.limitExceeded(`Cannot exceed quota for MFADevicesPerUser: ${MFA_DEVICES_PER_USER}`);
    const now = getTotpCounter(context.clock.now());
    const second = findConsecutive(device, code1, code2, now, 1);
    if (second === undefined) throw wireErrors.invalidAuthenticationCode();
    device.userName = user.userName;
    device.enabledAt = context.clock.now();
    device.lastUsedCounter = second;
    device.driftSteps = 0;
    return undefined;
  },
};

function getAssignedDevice(context: ActionContext, userName: string, serialNumber: string): MfaDeviceRecord {
  const device = context.state.mfaDevices[serialNumber];
  if (!device || device.userName !== userName) throw wireErrors.noSuchEntity(`MFA Device with serial number ${serialNumber} does not exist.`);
  return device;
}

export const resyncMfaDevice: ActionSpec = {
  mutates: true,
  allowedWithoutMfa: isOwnUser,
  handle(context) {
    const { user, serialNumber, code1, code2 } = readCodeRequest(context);
    const device = getAssignedDevice(context, user.userName, serialNumber);
    const now = getTotpCounter(context.clock.now());
    const second = findConsecutive(device, code1, code2, now, RESYNC_RANGE_STEPS);
    if (second === undefined) throw wireErrors.invalidAuthenticationCode();
    device.driftSteps = second - now;
    device.lastUsedCounter = second;
    return undefined;
  },
};

export const deactivateMfaDevice: ActionSpec = {
  mutates: true,
  handle(context) {
    const user = resolveTargetUser(context);
    const device = getAssignedDevice(context, user.userName, requireSerialNumber(context));
    delete device.userName;
    delete device.enabledAt;
    device.driftSteps = 0;
    return undefined;
  },
};
