// "Set Up Virtual MFA Device": the console's wizard in a webview (QR, two consecutive codes), then
// enable the device and write mfa_serial into the profile. A failed set-up is rolled back by core.
import { formatErrorMessage, UserCancelledError } from "@mfa-session/core";
import type { DeviceSetupPanel } from "../device/createDeviceSetupPanel.js";
import { askText } from "../ui/askText.js";
import type { CommandDeps, CommandSpec } from "./CommandSpec.js";
import { pickDeviceProfile } from "./pickDeviceProfile.js";
import { wordNextStep } from "./wordNextStep.js";

export interface SetUpDeviceDeps extends Pick<CommandDeps, "window" | "services" | "activeProfile" | "logger"> {
  openPanel(profile: string): DeviceSetupPanel;
}

const DEVICE_NAME = /^[\w+=,.@-]{1,128}$/;

export function createSetUpDeviceCommand(deps: SetUpDeviceDeps): CommandSpec {
  return {
    id: "mfaSession.setUpDevice",
    title: "Set Up Virtual MFA Device",
    async run(arg?: unknown) {
      const profile = typeof arg === "string" ? arg : await pickDeviceProfile(deps, "MFA Session: Set Up Virtual MFA Device");
      const deviceName = await askText(deps.window, {
        title: "MFA Session: name of the new virtual MFA device",
        prompt: "Leave empty to name it after your IAM user (what the usual self-service policy expects).",
        validateInput: (value) => (value.trim() === "" || DEVICE_NAME.test(value.trim()) ? undefined : "Letters, digits and + = , . @ _ - only."),
      });
      const panel = deps.openPanel(profile);
      try {
        const result = await deps.services.devices(profile).setUp({
          ...(deviceName ? { deviceName } : {}),
          present: (device) => panel.present(device),
          readCodes: () => panel.readCodes(),
        });
        const text = `Enabled ${result.serialNumber} for user ${result.userName}; profile ${profile} now uses it (mfa_serial).`;
        panel.showDone(text);
        void deps.window.showInformationMessage(`MFA Session: ${text}`);
        return result;
      } catch (error) {
        // Closing the panel is how a person cancels: the panel is gone, and wrapCommand stays quiet.
        if (!(error instanceof UserCancelledError)) panel.showError(formatErrorMessage(error, wordNextStep));
        throw error;
      }
    },
  };
}
