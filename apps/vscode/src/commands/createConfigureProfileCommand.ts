// "Configure Profile": writes a credential_process profile (like `mfa-session configure`) after
// showing the exact change, redacted as the log is; only the lines it must change are touched and a
// backup is kept. Every answer is checked by core's own rules before it is planned.
import {
  isMfaSerial, isPlainProfileName, isRegionName, MFA_SERIAL_RULE, MfaSessionError, PROFILE_NAME_RULE, redactSecrets, REGION_RULE, UserCancelledError,
} from "@mfa-session/core";
import type * as vscode from "vscode";
import type { ProfileChoice } from "../services/ExtensionServices.js";
import { askText } from "../ui/askText.js";
import { formatLocalTime } from "../ui/formatLocalTime.js";
import { pickProfile } from "../ui/pickProfile.js";
import type { CommandDeps, CommandSpec } from "./CommandSpec.js";

const NEW_PROFILE = "$(add) New profile…";
const TYPE_SERIAL = "$(edit) Enter an ARN or serial number…";
const WRITE = "Write";

type Deps = Pick<CommandDeps, "window" | "services" | "logger" | "statusBar">;

export function createConfigureProfileCommand(deps: Deps): CommandSpec {
  return {
    id: "mfaSession.configureProfile",
    title: "Configure Profile",
    async run() {
      // A profile that cannot start mfa-session is refused before anything is asked.
      await deps.services.checkCli();
      const profiles = await deps.services.listProfiles();
      const withKeys = profiles.filter((choice) => choice.hasStaticKeys);
      if (withKeys.length === 0) {
        throw new MfaSessionError("No profile with access keys in your AWS config or credentials file", "CONFIG_INVALID", {
          hint: { kind: "add-access-keys" }, nextStep: "add your IAM user's access keys first",
        });
      }
      const { profile, sourceProfile } = await pickTarget(deps, profiles);
      const mfaSerial = await pickSerial(deps, profile, sourceProfile, profiles);
      const roleArn = await askText(deps.window, {
        title: `MFA Session: role for ${profile} (optional)`,
        prompt: "Assume this role from the MFA session; leave empty for the user's own permissions.",
        placeHolder: "arn:aws:iam::123456789012:role/Admin",
      });
      const known = (name: string) => profiles.find((choice) => choice.name === name)?.region;
      const region = await askText(deps.window, {
        title: `MFA Session: region of ${profile} (optional)`,
        prompt: "The region your tools use with this profile; leave empty to set none.",
        value: known(profile) ?? known(sourceProfile) ?? "",
        placeHolder: "us-east-1",
        validateInput: (value) => (value.trim() === "" || isRegionName(value.trim()) ? undefined : `The region must be ${REGION_RULE}.`),
      });
      const plan = await deps.services.planProfileEdit({ profile, sourceProfile, mfaSerial, ...(roleArn ? { roleArn } : {}), ...(region ? { region } : {}) });
      if (!plan.changed) {
        void deps.window.showInformationMessage(`MFA Session: profile ${profile} in ${plan.configFile} is already up to date.`);
        return plan;
      }
      deps.logger.info(`Configure Profile: planned change\n${plan.diff}`);
      // The modal shows what the log shows: a secret in a neighbouring section never reaches the screen.
      const detail = redactSecrets([...(plan.warnings ?? []), plan.diff].join("\n\n"));
      const answer = await deps.window.showWarningMessage(`Write profile ${profile} to ${plan.configFile}?`, { modal: true, detail }, WRITE);
      if (answer !== WRITE) throw new UserCancelledError();
      await plan.write();
      // The status bar and the view show the new MFA profile now, not at the next 30 s tick.
      await deps.statusBar.refresh();
      void deps.window.showInformationMessage(`MFA Session: wrote profile ${profile} to ${plan.configFile} (previous version kept as .mfa-session.bak). Try: aws sts get-caller-identity --profile ${profile}`);
      return plan;
    },
  };
}

/**
 * The profile to write and its source. Picking an mfa-session profile rewrites it (its source is
 * asked); picking a profile with access keys makes a new MFA profile from it; or a new name.
 */
async function pickTarget(deps: Deps, profiles: readonly ProfileChoice[]): Promise<{ profile: string; sourceProfile: string }> {
  const ours = profiles.filter((choice) => choice.usesMfaSession);
  const keys = profiles.filter((choice) => choice.hasStaticKeys && !choice.usesMfaSession);
  const picked = await deps.window.showQuickPick(
    [
      ...ours.map((choice) => ({ label: choice.name, description: "uses mfa-session: rewrite it", name: choice.name, isSource: false })),
      ...keys.map((choice) => ({ label: choice.name, description: "access keys: make an MFA profile from it", name: choice.name, isSource: true })),
      { label: NEW_PROFILE, description: "", name: undefined, isSource: false },
    ],
    { title: "MFA Session: Configure Profile", placeHolder: "Profile your tools will use, or the profile with your access keys", ignoreFocusOut: true },
  );
  if (picked === undefined) throw new UserCancelledError();
  const taken = new Set(profiles.map((choice) => choice.name));
  const askName = (value: string) =>
    askText(deps.window, {
      title: "MFA Session: name of the new profile",
      placeHolder: "work",
      value,
      validateInput: (input) => {
        const name = input.trim();
        if (!isPlainProfileName(name)) return `A profile name: ${PROFILE_NAME_RULE}.`;
        return picked.isSource && name === picked.name ? "The new profile needs a name of its own; the keys stay in their profile." : undefined;
      },
    });
  if (picked.isSource) {
    const suggestion = [`${picked.name}-mfa`, ...Array.from({ length: 8 }, (_, i) => `${picked.name}-mfa-${i + 2}`)].find((name) => !taken.has(name)) ?? "";
    return { profile: await askName(suggestion), sourceProfile: picked.name! };
  }
  const profile = picked.name ?? (await askName(""));
  const sourceProfile = await pickProfile(deps.window, profiles.filter((choice) => choice.name !== profile), {
    title: `MFA Session: source of ${profile} (the profile with your long-term access keys)`,
    filter: (choice) => choice.hasStaticKeys,
    none: { problem: `No profile other than ${profile} holds access keys`, nextStep: "add your IAM user's access keys first", hint: { kind: "add-access-keys" } },
  });
  return { profile, sourceProfile };
}

/** The source user's devices to pick from (when they can be listed), or an ARN or serial typed and checked. */
async function pickSerial(deps: Deps, profile: string, sourceProfile: string, profiles: readonly ProfileChoice[]): Promise<string> {
  const known = profiles.find((choice) => choice.name === profile)?.mfaSerial ?? profiles.find((choice) => choice.name === sourceProfile)?.mfaSerial;
  const devices = await deps.services.devices(sourceProfile).list().catch((error: unknown) => {
    deps.logger.warn(`Configure Profile: could not list the devices of ${sourceProfile}'s user; the device is typed instead (${error instanceof Error ? error.message : String(error)})`);
    return [];
  });
  if (devices.length > 0) {
    const items: Array<vscode.QuickPickItem & { serial?: string }> = [
      ...devices.map((device) => ({
        label: device.serialNumber,
        description: device.enableDate ? `enabled ${formatLocalTime(device.enableDate)}` : "not enabled yet",
        serial: device.serialNumber,
        picked: device.serialNumber === known,
      })),
      { label: TYPE_SERIAL, description: "a hardware token, or a device of another user" },
    ];
    items.sort((a, b) => Number(b.serial !== undefined && b.serial === known) - Number(a.serial !== undefined && a.serial === known));
    const picked = await deps.window.showQuickPick(items, { title: `MFA Session: MFA device of ${profile}`, placeHolder: `The devices of ${sourceProfile}'s IAM user`, ignoreFocusOut: true });
    if (picked === undefined) throw new UserCancelledError();
    if (picked.serial !== undefined) return picked.serial;
  }
  return askText(deps.window, {
    title: `MFA Session: MFA device of ${profile}`,
    prompt: "The device's ARN (arn:aws:iam::ACCOUNT:mfa/NAME) or a hardware token's serial number.",
    value: known ?? "",
    placeHolder: "arn:aws:iam::123456789012:mfa/alice",
    validateInput: (value) => (isMfaSerial(value.trim()) ? undefined : `The MFA device must be ${MFA_SERIAL_RULE}.`),
  });
}
