// "List Devices": the MFA devices of the profile's IAM user, shown in a quick pick and the log.
import * as vscode from "vscode";
import { formatLocalTime } from "../ui/formatLocalTime.js";
import type { CommandDeps, CommandSpec } from "./CommandSpec.js";
import { pickDeviceProfile } from "./pickDeviceProfile.js";

export function createListDevicesCommand(deps: Pick<CommandDeps, "window" | "services" | "activeProfile" | "logger">): CommandSpec {
  return {
    id: "mfaSession.listDevices",
    title: "List Devices",
    async run(arg?: unknown) {
      const profile = typeof arg === "string" ? arg : await pickDeviceProfile(deps, "MFA Session: List Devices");
      const devices = deps.services.devices(profile);
      const [userName, list] = await deps.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `MFA Session: listing the MFA devices of profile ${profile}…` },
        async () => [await devices.userName(), await devices.list()] as const,
      );
      deps.logger.info(`List Devices: user ${userName} (profile ${profile}) has ${list.length} MFA device(s)${list.map((d) => `\n  ${d.serialNumber}`).join("")}`);
      if (list.length === 0) {
        void deps.window.showInformationMessage(`MFA Session: user ${userName} has no MFA device; run "MFA Session: Set Up Virtual MFA Device".`);
      } else {
        void deps.window.showQuickPick(
          list.map((device) => ({ label: device.serialNumber, description: device.enableDate ? `enabled ${formatLocalTime(device.enableDate)}` : "" })),
          { title: `MFA devices of user ${userName} (profile ${profile})` },
        );
      }
      return list;
    },
  };
}
