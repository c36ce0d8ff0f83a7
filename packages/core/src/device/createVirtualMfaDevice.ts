// CreateVirtualMFADevice: the only call that returns the seed (and its QR PNG); IAM never shows it again.
import { UsageError } from "../errors/errors.js";
import { toTagList, type CreatedVirtualMfaDevice, type DeviceVerbOptions } from "./MfaDevice.js";
import { translateDeviceError } from "./translateDeviceError.js";

export interface CreateVirtualMfaDeviceOptions extends DeviceVerbOptions {
  name: string;
  /** IAM path, "/" by default; must start and end with "/". */
  path?: string;
  tags?: Record<string, string>;
}

export async function createVirtualMfaDevice(options: CreateVirtualMfaDeviceOptions): Promise<CreatedVirtualMfaDevice> {
  assertDeviceName(options.name);
  const path = options.path ?? "/";
  if (!/^\/([\x21-\x7e]*\/)?$/.test(path)) {
    throw new UsageError(`Device path "${path}" is not valid: it must start and end with "/" (e.g. /team/).`);
  }
  const { CreateVirtualMFADeviceCommand } = await import("@aws-sdk/client-iam");
  try {
    const response = await options.iam.send(new CreateVirtualMFADeviceCommand({
      VirtualMFADeviceName: options.name,
      Path: path,
      Tags: toTagList(options.tags),
    }));
    const device = response.VirtualMFADevice;
    if (!device?.SerialNumber || !device.Base32StringSeed) {
      throw new Error("CreateVirtualMFADevice returned no serial number or seed");
    }
    return {
      serialNumber: device.SerialNumber,
      base32StringSeed: Buffer.from(device.Base32StringSeed).toString("ascii"),
      qrCodePng: device.QRCodePNG ?? new Uint8Array(),
    };
  } catch (error) {
    throw translateDeviceError(error, {
      action: "create",
      subject: `Virtual MFA device "${options.name}"`,
      endpoint: options.endpoint,
    });
  }
}

/** IAM's rule for VirtualMFADeviceName: 1-226 of [\w+=,.@-]. */
export function assertDeviceName(name: string): void {
  if (!/^[\w+=,.@-]{1,226}$/.test(name)) {
    throw new UsageError(`Device name "${name}" is not valid: use 1 to 226 letters, digits or + = , . @ _ - (no spaces or slashes).`);
  }
}
