// "Configure Profile": writes a credential_process profile (like `mfa-session configure`) after
// showing the exact change; only the lines it must change are touched and a backup is kept.
import { UserCancelledError } from "@mfa-session/core";
import { askText } from "../ui/askText.js";
import { pickProfile } from "../ui/pickProfile.js";
import type { CommandDeps, CommandSpec } from "./CommandSpec.js";

const NEW_PROFILE = "$(add) New profile…";
const WRITE = "Write";

export function createConfigureProfileCommand(deps: Pick<CommandDeps, "window" | "services" | "logger">): CommandSpec {
  return {
    id: "mfaSession.configureProfile",
    title: "Configure Profile",
    async run() {
      const profiles = await deps.services.listProfiles();
      const ours = profiles.filter((choice) => choice.usesMfaSession).map((choice) => choice.name);
      const picked = await deps.window.showQuickPick([...ours, NEW_PROFILE], { title: "MFA Session: Configure Profile", placeHolder: "Profile your tools will use" });
      if (picked === undefined) throw new UserCancelledError();
      const profile = picked === NEW_PROFILE
        ? await askText(deps.window, { title: "MFA Session: new profile name", placeHolder: "work", validateInput: (v) => (/^[\w.@+=,-]+$/.test(v.trim()) ? undefined : "Letters, digits and . _ - @ + = , only.") })
        : picked;
      const sourceProfile = await pickProfile(deps.window, profiles.filter((choice) => choice.name !== profile), {
        title: `MFA Session: source of ${profile} (the profile with your long-term access keys)`,
        filter: (choice) => choice.hasStaticKeys,
        none: "No profile with access keys; add one with `aws configure --profile NAME` first.",
      });
      const known = profiles.find((choice) => choice.name === profile)?.mfaSerial ?? profiles.find((choice) => choice.name === sourceProfile)?.mfaSerial ?? "";
      const mfaSerial = await askText(deps.window, {
        title: `MFA Session: MFA device of ${profile}`,
        prompt: "ARN of the MFA device (see List Devices), or a hardware serial number.",
        value: known,
        placeHolder: "arn:aws:iam::123456789012:mfa/alice",
      });
      const roleArn = await askText(deps.window, {
        title: `MFA Session: role for ${profile} (optional)`,
        prompt: "Assume this role from the MFA session; leave empty for the user's own permissions.",
        placeHolder: "arn:aws:iam::123456789012:role/Admin",
      });
      const plan = await deps.services.planProfileEdit({ profile, sourceProfile, ...(mfaSerial ? { mfaSerial } : {}), ...(roleArn ? { roleArn } : {}) });
      if (!plan.changed) {
        void deps.window.showInformationMessage(`MFA Session: profile ${profile} in ${plan.configFile} is already up to date.`);
        return plan;
      }
      deps.logger.info(`Configure Profile: planned change\n${plan.diff}`);
      const detail = [...(plan.warnings ?? []), plan.diff].join("\n\n");
      const answer = await deps.window.showWarningMessage(`Write profile ${profile} to ${plan.configFile}?`, { modal: true, detail }, WRITE);
      if (answer !== WRITE) throw new UserCancelledError();
      await plan.write();
      void deps.window.showInformationMessage(`MFA Session: wrote profile ${profile} to ${plan.configFile} (previous version kept as .mfa-session.bak). Try: aws sts get-caller-identity --profile ${profile}`);
      return plan;
    },
  };
}
