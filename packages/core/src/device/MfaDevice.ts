// The shapes the device verbs take and return: plain data, no SDK types, so the CLI, the extension
// and tests never need @aws-sdk/client-iam to read them.
import type { IamPort } from "../ports/ports.js";

export type AssignmentStatus = "Assigned" | "Unassigned" | "Any";
export type BootstrapMethod = "QRCodePNG" | "Base32StringSeed";

/** What every verb needs to reach IAM; `endpoint` only shapes error messages. */
export interface DeviceVerbOptions {
  iam: IamPort;
  endpoint?: string;
}

export interface MfaDeviceSummary {
  serialNumber: string;
  /** The IAM user the device is assigned to; undefined when unassigned. */
  userName?: string;
  enableDate?: Date;
  tags?: Record<string, string>;
}

/** The one moment IAM hands out the seed: keep it secret, write it only where the user asked. */
export interface CreatedVirtualMfaDevice {
  serialNumber: string;
  /** Base32 seed (RFC 4648 alphabet), as authenticator apps expect it. */
  base32StringSeed: string;
  /** PNG of otpauth://totp/NAME@ACCOUNT?secret=SEED; empty when IAM returned none. */
  qrCodePng: Uint8Array;
}

export function toTagList(tags: Record<string, string> | undefined): Array<{ Key: string; Value: string }> | undefined {
  if (!tags || Object.keys(tags).length === 0) return undefined;
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

export function fromTagList(tags: ReadonlyArray<{ Key?: string | undefined; Value?: string | undefined }> | undefined): Record<string, string> | undefined {
  if (!tags || tags.length === 0) return undefined;
  return Object.fromEntries(tags.map((tag) => [tag.Key ?? "", tag.Value ?? ""]));
}
