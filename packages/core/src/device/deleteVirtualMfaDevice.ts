// DeleteVirtualMFADevice; with `force`, a device still enabled for a user is deactivated first.
import { DeviceConflictError } from "../errors/errors.js";
import { deactivateMfaDevice } from "./deactivateMfaDevice.js";
import { listVirtualMfaDevices } from "./listVirtualMfaDevices.js";
import type { DeviceVerbOptions } from "./MfaDevice.js";
import { translateDeviceError } from "./translateDeviceError.js";

export interface DeleteVirtualMfaDeviceOptions extends DeviceVerbOptions {
  serialNumber: string;
  force?: boolean;
}

export interface DeleteVirtualMfaDeviceResult {
  /** The user the device was taken from when `force` had to deactivate it. */
  deactivatedFrom?: string;
}

export async function deleteVirtualMfaDevice(options: DeleteVirtualMfaDeviceOptions): Promise<DeleteVirtualMfaDeviceResult> {
  try {
    await sendDelete(options);
    return {};
  } catch (error) {
    if (!(error instanceof DeviceConflictError) || !options.force) throw error;
  }
  const assigned = await listVirtualMfaDevices({ iam: options.iam, endpoint: options.endpoint, assignmentStatus: "Assigned" });
  const userName = assigned.find((device) => device.serialNumber === options.serialNumber)?.userName;
  if (userName) await deactivateMfaDevice({ iam: options.iam, endpoint: options.endpoint, userName, serialNumber: options.serialNumber });
  await sendDelete(options);
  return userName ? { deactivatedFrom: userName } : {};
}

async function sendDelete(options: DeleteVirtualMfaDeviceOptions): Promise<void> {
  const { DeleteVirtualMFADeviceCommand } = await import("@aws-sdk/client-iam");
  try {
    await options.iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: options.serialNumber }));
  } catch (error) {
    throw translateDeviceError(error, { action: "delete", subject: `MFA device ${options.serialNumber}`, serialNumber: options.serialNumber, endpoint: options.endpoint });
  }
}
