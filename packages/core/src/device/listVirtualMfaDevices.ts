// ListVirtualMFADevices, every page: the account's virtual devices filtered by assignment status.
import { fromTagList, type AssignmentStatus, type DeviceVerbOptions, type MfaDeviceSummary } from "./MfaDevice.js";
import { translateDeviceError } from "./translateDeviceError.js";

export interface ListVirtualMfaDevicesOptions extends DeviceVerbOptions {
  assignmentStatus?: AssignmentStatus;
  /** Page size asked of IAM (1-1000); all pages are read regardless. */
  pageSize?: number;
}

export async function listVirtualMfaDevices(options: ListVirtualMfaDevicesOptions): Promise<MfaDeviceSummary[]> {
  const { ListVirtualMFADevicesCommand } = await import("@aws-sdk/client-iam");
  const devices: MfaDeviceSummary[] = [];
  let marker: string | undefined;
  try {
    do {
      const page = await options.iam.send(new ListVirtualMFADevicesCommand({
        AssignmentStatus: options.assignmentStatus ?? "Any",
        Marker: marker,
        MaxItems: options.pageSize,
      }));
      for (const device of page.VirtualMFADevices ?? []) {
        devices.push({
          serialNumber: device.SerialNumber ?? "",
          userName: device.User?.UserName,
          enableDate: device.EnableDate,
          tags: fromTagList(device.Tags),
        });
      }
      marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker);
  } catch (error) {
    throw translateDeviceError(error, { action: "list", subject: "Virtual MFA devices", endpoint: options.endpoint });
  }
  return devices;
}
