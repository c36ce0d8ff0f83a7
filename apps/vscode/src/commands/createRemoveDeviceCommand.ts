// "Deactivate Device" and "Delete Device": pick a device, confirm in a modal, then act.
import { UserCancelledError } from "@mfa-session/core";
import * as vscode from "vscode";
import { pickDevice } from "../ui/pickDevice.js";
import type { CommandDeps, CommandSpec } from "./CommandSpec.js";
import { pickDeviceProfile } from "./pickDeviceProfile.js";

interface Variant {
  id: string;
  title: string;
  verb: "Deactivate" | "Delete";
  warning: string;
  done: string;
}

const variants: Record<"deactivate" | "delete", Variant> = {
  deactivate: {
    id: "mfaSession.deactivateDevice",
    title: "Deactivate Device",
    verb: "Deactivate",
    warning: "The user will no longer be able to get MFA sessions with it until it is enabled again.",
    done: "deactivated",
  },
  delete: {
    id: "mfaSession.deleteDevice",
    title: "Delete Device",
    verb: "Delete",
    warning: "It is deactivated first if needed, then deleted: the codes in your authenticator app stop working for good.",
    done: "deleted",
  },
};

export function createRemoveDeviceCommand(kind: "deactivate" | "delete", deps: Pick<CommandDeps, "window" | "services" | "activeProfile">): CommandSpec {
  const variant = variants[kind];
  return {
    id: variant.id,
    title: variant.title,
    async run() {
      const profile = await pickDeviceProfile(deps, `MFA Session: ${variant.title}`);
      const devices = deps.services.devices(profile);
      const list = await deps.window.withProgress({ location: vscode.ProgressLocation.Notification, title: "MFA Session: listing devices…" }, () => devices.list());
      const device = await pickDevice(deps.window, list, `MFA Session: ${variant.verb} which device?`, profile);
      const confirmed = await deps.window.showWarningMessage(`${variant.verb} ${device.serialNumber}?`, { modal: true, detail: variant.warning }, variant.verb);
      if (confirmed !== variant.verb) throw new UserCancelledError();
      await deps.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `MFA Session: ${variant.verb.toLowerCase()} ${device.serialNumber}…` }, () =>
        kind === "deactivate" ? devices.deactivate(device.serialNumber) : devices.delete(device.serialNumber),
      );
      void deps.window.showInformationMessage(`MFA Session: ${device.serialNumber} ${variant.done}.`);
      return device.serialNumber;
    },
  };
}
