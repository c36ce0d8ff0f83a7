// TagMFADevice: adds or overwrites tags on a virtual device.
import { UsageError } from "../errors/errors.js";
import { toTagList, type DeviceVerbOptions } from "./MfaDevice.js";
import { translateDeviceError } from "./translateDeviceError.js";

export interface TagMfaDeviceOptions extends DeviceVerbOptions {
  serialNumber: string;
  tags: Record<string, string>;
}

export async function tagMfaDevice(options: TagMfaDeviceOptions): Promise<void> {
  const tags = toTagList(options.tags);
  if (!tags) throw new UsageError("Tag a device with at least one --tag KEY=VALUE.");
  const { TagMFADeviceCommand } = await import("@aws-sdk/client-iam");
  try {
    await options.iam.send(new TagMFADeviceCommand({ SerialNumber: options.serialNumber, Tags: tags }));
  } catch (error) {
    throw translateDeviceError(error, { action: "tag", subject: `MFA device ${options.serialNumber}`, endpoint: options.endpoint });
  }
}
