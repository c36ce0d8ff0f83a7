// A quick pick of the MFA devices of the profile's IAM user.
import { UserCancelledError, type MfaDeviceSummary, MfaSessionError } from "@mfa-session/core";
import type * as vscode from "vscode";
import { formatLocalTime } from "./formatLocalTime.js";

export async function pickDevice(
  window: Pick<typeof vscode.window, "showQuickPick">,
  devices: readonly MfaDeviceSummary[],
  title: string,
  profile: string,
): Promise<MfaDeviceSummary> {
  if (devices.length === 0) throw new MfaSessionError(`Profile ${profile}: its IAM user has no MFA device; run "MFA Session: Set Up Virtual MFA Device".`, "NO_MFA_DEVICE");
  const picked = await window.showQuickPick(
    devices.map((device) => ({
      label: device.serialNumber,
      description: device.enableDate ? `enabled ${formatLocalTime(device.enableDate)}` : "not enabled",
      device,
    })),
    { title, placeHolder: "MFA device", ignoreFocusOut: true },
  );
  if (!picked) throw new UserCancelledError();
  return picked.device;
}
