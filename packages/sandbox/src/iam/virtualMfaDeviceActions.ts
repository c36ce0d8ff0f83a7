// CreateVirtualMFADevice (random seed, real QR PNG of the otpauth:// URI), DeleteVirtualMFADevice,
// ListVirtualMFADevices.
import { formatOtpauthUri, generateSeed } from "@mfa-session/core";
import type { ActionSpec } from "../actions/ActionSpec.js";
import { wireErrors } from "../protocol/AwsWireError.js";
import type { MfaDeviceRecord } from "../state/SandboxState.js";
import { getVirtualDevice, readPath, readTags, requireName, requireSerialNumber } from "./iamValidation.js";
import { paginate, renderPage } from "./paginate.js";
import { renderTags, renderUser } from "./renderIamEntities.js";

export function mfaSerialNumber(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:mfa${path}${name}`;
}

export const createVirtualMfaDevice: ActionSpec = {
  mutates: true,
  allowedWithoutMfa: () => true,
  async handle(context) {
    const name = requireName(context, "VirtualMFADeviceName", 226);
    const path = readPath(context);
    const tags = readTags(context);
    const serialNumber = mfaSerialNumber(context.accountId, path, name);
    if (context.state.mfaDevices[serialNumber]) throw wireErrors.entityExists("MFADevice entity at the same path and name already exists.");
    const seedBase32 = generateSeed();
    const png = await context.renderQrPng(formatOtpauthUri({ seedBase32, accountName: `${name}@${context.accountId}` }));
    const device: MfaDeviceRecord = { serialNumber, name, path, seedBase32, createdAt: context.clock.now(), tags, driftSteps: 0 };
    context.state.mfaDevices[serialNumber] = device;
    return {
      VirtualMFADevice: {
        SerialNumber: serialNumber,
        // Blobs travel base64-encoded in the Query protocol: the seed's ASCII text, and the PNG bytes.
        Base32StringSeed: Buffer.from(seedBase32, "ascii").toString("base64"),
        QRCodePNG: png.toString("base64"),
        Tags: renderTags(tags),
      },
    };
  },
};

export const deleteVirtualMfaDevice: ActionSpec = {
  mutates: true,
  handle(context) {
    const device = getVirtualDevice(context, requireSerialNumber(context));
    if (device.userName) throw wireErrors.deleteConflict("MFA Device is still in use.");
    delete context.state.mfaDevices[device.serialNumber];
    return undefined;
  },
};

const ASSIGNMENT_STATUSES = ["Assigned", "Unassigned", "Any"];

export const listVirtualMfaDevices: ActionSpec = {
  allowedWithoutMfa: () => true,
  handle(context) {
    const status = context.params.get("AssignmentStatus") ?? "Any";
    if (!ASSIGNMENT_STATUSES.includes(status)) {
      throw wireErrors.validation(`1 validation error detected: Value '${status.slice(0, 32)}' at 'assignmentStatus' failed to satisfy constraint: Member must satisfy enum value set: [Any, Assigned, Unassigned]`);
    }
    const devices = Object.values(context.state.mfaDevices)
      .filter((device) => status === "Any" || (status === "Assigned") === (device.userName !== undefined))
      .sort((a, b) => a.createdAt - b.createdAt || a.serialNumber.localeCompare(b.serialNumber));
    const page = paginate(devices, context.params);
    return renderPage("VirtualMFADevices", page, (device) => {
      const user = device.userName ? context.state.users[device.userName] : undefined;
      return {
        SerialNumber: device.serialNumber,
        User: user ? renderUser(user, context.accountId) : undefined,
        EnableDate: device.enabledAt !== undefined ? new Date(device.enabledAt) : undefined,
        Tags: renderTags(device.tags),
      };
    });
  },
};
