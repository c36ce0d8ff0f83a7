// The extension's words for what would fix an error (core's ErrorHint): the command to run in
// VS Code, never a CLI flag. wrapCommand puts them after the problem; a hint not listed keeps
// core's neutral words. getNextStepActions gives the same hints the buttons that do it.
import type { ErrorHint } from "@mfa-session/core";

export function wordNextStep(hint: ErrorHint): string | undefined {
  switch (hint.kind) {
    case "device-name-taken":
      return 'choose another device name, or delete the old device with "MFA Session: Delete Device"';
    case "device-already-enabled":
      return 'deactivate it first with "MFA Session: Deactivate Device", or pick a device that no user has';
    case "device-still-enabled":
      return 'deactivate it first with "MFA Session: Deactivate Device"';
    case "device-not-found":
      return 'check the device and its user with "MFA Session: List Devices"';
    case "remove-device":
      return 'delete it with "MFA Session: Delete Device"';
    case "not-an-iam-user":
      return "device set-up is for IAM users: pick a profile with an IAM user's access keys, or ask an administrator to create and enable a device for you";
    case "give-mfa-serial":
      return 'pick one with "MFA Session: List Devices", or set one up with "MFA Session: Set Up Virtual MFA Device"';
    case "no-code-source":
      return 'sign in with "MFA Session: Sign In", or set mfa_process in the profile';
    case "add-mfa-serial":
      return 'set up a device with "MFA Session: Set Up Virtual MFA Device", or choose one with "MFA Session: Configure Profile"';
    case "install-cli":
      return "install the CLI with `npm install --global mfa-session` and reload the window, or set mfaSession.cliPath to its mfa-session.js";
    case "configure-profile":
      return 'configure one with "MFA Session: Configure Profile"';
    case "add-access-keys":
      return "add your long-term access keys with aws configure in a terminal, then try again";
    case "unsafe-command-word":
      return "set mfaSession.cliPath to a path without quotes, $, ` or % (on Linux and macOS, without backslashes either)";
    default:
      return undefined;
  }
}

/** A button on an error message: a VS Code command, or a command line typed (not run) into a new terminal. */
export type NextStepAction = { title: string; command: string; args?: unknown[] } | { title: string; terminal: string };

const CONFIGURE_PROFILE: NextStepAction = { title: "Configure Profile", command: "mfaSession.configureProfile" };
const SET_CLI_PATH: NextStepAction = { title: "Set CLI Path", command: "workbench.action.openSettings", args: ["mfaSession.cliPath"] };

export function getNextStepActions(hint: ErrorHint): NextStepAction[] {
  switch (hint.kind) {
    case "configure-profile":
      return [CONFIGURE_PROFILE];
    case "add-mfa-serial":
      return [{ title: "Set Up Device", command: "mfaSession.setUpDevice", args: [hint.sourceProfile] }, CONFIGURE_PROFILE];
    case "give-mfa-serial":
      return [{ title: "List Devices", command: "mfaSession.listDevices" }];
    case "add-access-keys":
      return [{ title: "Add Keys in Terminal", terminal: "aws configure --profile " }];
    case "install-cli":
      return [{ title: "Install in Terminal", terminal: "npm install --global mfa-session" }, SET_CLI_PATH];
    case "unsafe-command-word":
      return [SET_CLI_PATH];
    case "no-code-source":
      return [{ title: "Sign In", command: "mfaSession.signIn", args: [hint.profile] }];
    default:
      return [];
  }
}
