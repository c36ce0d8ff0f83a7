// GetMFADevice: one device's user and enable date (IAM knows only assigned devices here).
import type { DeviceVerbOptions, MfaDeviceSummary } from "./MfaDevice.js";
import { translateDeviceError } from "./translateDeviceError.js";

export interface GetMfaDeviceOptions extends DeviceVerbOptions {
  serialNumber: string;
  userName?: string;
}

export async function getMfaDevice(options: GetMfaDeviceOptions): Promise<MfaDeviceSummary> {
  const { GetMFADeviceCommand } = await import("@aws-sdk/client-iam");
  try {
    const response = await options.iam.send(new GetMFADeviceCommand({ SerialNumber: options.serialNumber, UserName: options.userName }));
    return {
      serialNumber: response.SerialNumber ?? options.serialNumber,
      userName: response.UserName,
      enableDate: response.EnableDate,
    };
  } catch (error) {
    throw translateDeviceError(error, { action: "get", subject: `MFA device ${options.serialNumber}`, endpoint: options.endpoint });
  }
}
