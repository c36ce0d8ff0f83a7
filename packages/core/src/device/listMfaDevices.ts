// ListMFADevices, every page: the MFA devices (virtual or not) assigned to one user.
import type { DeviceVerbOptions, MfaDeviceSummary } from "./MfaDevice.js";
import { translateDeviceError } from "./translateDeviceError.js";

export interface ListMfaDevicesOptions extends DeviceVerbOptions {
  userName: string;
  pageSize?: number;
}

export async function listMfaDevices(options: ListMfaDevicesOptions): Promise<MfaDeviceSummary[]> {
  const { ListMFADevicesCommand } = await import("@aws-sdk/client-iam");
  const devices: MfaDeviceSummary[] = [];
  let marker: string | undefined;
  try {
    do {
      const page = await options.iam.send(new ListMFADevicesCommand({ UserName: options.userName, Marker: marker, MaxItems: options.pageSize }));
      for (const device of page.MFADevices ?? []) {
        devices.push({ serialNumber: device.SerialNumber ?? "", userName: device.UserName ?? options.userName, enableDate: device.EnableDate });
      }
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
  } catch (error) {
    throw translateDeviceError(error, { action: "list", subject: `MFA devices of user ${options.userName}`, endpoint: options.endpoint });
  }
  return devices;
}
