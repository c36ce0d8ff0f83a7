// DeactivateMFADevice: unassigns a device from its user (the device itself remains until deleted).
import type { DeviceVerbOptions } from "./MfaDevice.js";
import { translateDeviceError } from "./translateDeviceError.js";

export interface DeactivateMfaDeviceOptions extends DeviceVerbOptions {
  userName: string;
  serialNumber: string;
}

export async function deactivateMfaDevice(options: DeactivateMfaDeviceOptions): Promise<void> {
  const { DeactivateMFADeviceCommand } = await import("@aws-sdk/client-iam");
  try {
    await options.iam.send(new DeactivateMFADeviceCommand({ UserName: options.userName, SerialNumber: options.serialNumber }));
  } catch (error) {
    throw translateDeviceError(error, {
      action: "deactivate",
      subject: `MFA device ${options.serialNumber} of user ${options.userName}`,
      endpoint: options.endpoint,
    });
  }
}
