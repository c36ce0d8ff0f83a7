// ListMFADeviceTags, every page: a device's tags as a plain record.
import type { DeviceVerbOptions } from "./MfaDevice.js";
import { translateDeviceError } from "./translateDeviceError.js";

export interface ListMfaDeviceTagsOptions extends DeviceVerbOptions {
  serialNumber: string;
}

export async function listMfaDeviceTags(options: ListMfaDeviceTagsOptions): Promise<Record<string, string>> {
  const { ListMFADeviceTagsCommand } = await import("@aws-sdk/client-iam");
  const tags: Record<string, string> = {};
  let marker: string | undefined;
  try {
    do {
      const page = await options.iam.send(new ListMFADeviceTagsCommand({ SerialNumber: options.serialNumber, Marker: marker }));
      for (const tag of page.Tags ?? []) tags[tag.Key ?? ""] = tag.Value ?? "";
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
  } catch (error) {
    throw translateDeviceError(error, { action: "get", subject: `MFA device ${options.serialNumber}`, endpoint: options.endpoint });
  }
  return tags;
}
