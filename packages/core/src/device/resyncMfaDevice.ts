// ResyncMFADevice: re-aligns IAM with an authenticator whose clock drifted, from two consecutive codes.
import type { DeviceCodesOptions } from "./enableMfaDevice.js";
import { parseCodePair } from "./parseCodePair.js";
import { translateDeviceError } from "./translateDeviceError.js";

export async function resyncMfaDevice(options: DeviceCodesOptions): Promise<void> {
  const subject = `MFA device ${options.serialNumber} of user ${options.userName}`;
  const { code1, code2 } = parseCodePair(options.code1, options.code2, subject);
  const { ResyncMFADeviceCommand } = await import("@aws-sdk/client-iam");
  try {
    await options.iam.send(new ResyncMFADeviceCommand({
      UserName: options.userName,
      SerialNumber: options.serialNumber,
      AuthenticationCode1: code1,
      AuthenticationCode2: code2,
    }));
  } catch (error) {
    throw translateDeviceError(error, { action: "resync", subject, endpoint: options.endpoint });
  }
}
