// "Resync Device": two consecutive codes bring a drifted authenticator back in step with IAM.
import * as vscode from "vscode";
import { askCodePair } from "../ui/askCodePair.js";
import { pickDevice } from "../ui/pickDevice.js";
import type { CommandDeps, CommandSpec } from "./CommandSpec.js";
import { pickDeviceProfile } from "./pickDeviceProfile.js";

export function createResyncDeviceCommand(deps: Pick<CommandDeps, "window" | "services" | "activeProfile">): CommandSpec {
  return {
    id: "mfaSession.resyncDevice",
    title: "Resync Device",
    async run(arg?: unknown) {
      const profile = typeof arg === "string" ? arg : await pickDeviceProfile(deps, "MFA Session: Resync Device");
      const devices = deps.services.devices(profile);
      const list = await deps.window.withProgress({ location: vscode.ProgressLocation.Notification, title: "MFA Session: listing devices…" }, () => devices.list());
      const device = await pickDevice(deps.window, list, "MFA Session: Resync which device?", profile);
      const codes = await askCodePair(deps.window, `Resync ${device.serialNumber}`);
      await deps.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `MFA Session: resyncing ${device.serialNumber}…` }, () =>
        devices.resync(device.serialNumber, codes),
      );
      void deps.window.showInformationMessage(`MFA Session: ${device.serialNumber} is in step again.`);
      return device.serialNumber;
    },
  };
}
