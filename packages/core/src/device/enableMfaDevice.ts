// EnableMFADevice: assigns a device to a user, proven by two consecutive codes.
import type { DeviceVerbOptions } from "./MfaDevice.js";
import { parseCodePair } from "./parseCodePair.js";
import { translateDeviceError } from "./translateDeviceError.js";

export interface DeviceCodesOptions extends DeviceVerbOptions {
  userName: string;
  serialNumber: string;
  code1: string;
  code2: string;
}

export async function enableMfaDevice(options: DeviceCodesOptions): Promise<void> {
  const subject = `MFA device ${options.serialNumber} for user ${options.userName}`;
  const { code1, code2 } = parseCodePair(options.code1, options.code2, subject);
  const { EnableMFADeviceCommand } = await import("@aws-sdk/client-iam");
  try {
    await options.iam.send(new EnableMFADeviceCommand({
      UserName: options.userName,
      SerialNumber: options.serialNumber,
      AuthenticationCode1: code1,
      AuthenticationCode2: code2,
    }));
  } catch (error) {
    throw translateDeviceError(error, { action: "enable", subject, serialNumber: options.serialNumber, endpoint: options.endpoint });
  }
}
