// UntagMFADevice: removes tags by key.
import { UsageError } from "../errors/errors.js";
import type { DeviceVerbOptions } from "./MfaDevice.js";
import { translateDeviceError } from "./translateDeviceError.js";

export interface UntagMfaDeviceOptions extends DeviceVerbOptions {
  serialNumber: string;
  tagKeys: string[];
}

export async function untagMfaDevice(options: UntagMfaDeviceOptions): Promise<void> {
  if (options.tagKeys.length === 0) throw new UsageError("Untag a device with at least one --key KEY.");
  const { UntagMFADeviceCommand } = await import("@aws-sdk/client-iam");
  try {
    await options.iam.send(new UntagMFADeviceCommand({ SerialNumber: options.serialNumber, TagKeys: options.tagKeys }));
  } catch (error) {
    throw translateDeviceError(error, { action: "untag", subject: `MFA device ${options.serialNumber}`, endpoint: options.endpoint });
  }
}
