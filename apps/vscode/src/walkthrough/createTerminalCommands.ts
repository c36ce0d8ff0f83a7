// Walkthrough steps that are a line in a terminal: import access keys into the keychain
// (`mfa-session keys import`), add them with `aws configure`, and try the MFA profile with
// `aws sts get-caller-identity`. The terminal has mfa-session on PATH (applyCliPath) and asks this
// window for the code (the inline prompt), so the person sees exactly what their tools will do.
import { isPlainProfileName, PROFILE_NAME_RULE } from "@mfa-session/core";
import type { CommandDeps, CommandSpec } from "../commands/CommandSpec.js";
import { isMfaProfile } from "../status/isMfaProfile.js";
import { askText } from "../ui/askText.js";
import { pickProfile } from "../ui/pickProfile.js";

export interface TerminalCommandDeps extends Pick<CommandDeps, "window" | "services" | "activeProfile"> {
  runInTerminal: (line: string) => void;
}

/** A configured name with other characters than core's plain ones is quoted for POSIX shells. */
const shellWord = (word: string): string => (isPlainProfileName(word) ? word : `'${word.replace(/'/g, "'\\''")}'`);

export function createTerminalCommands(deps: TerminalCommandDeps): CommandSpec[] {
  return [
    {
      id: "mfaSession.importKeys",
      title: "Import Access Keys into the Keychain",
      async run() {
        const profile = await pickProfile(deps.window, await deps.services.listProfiles(), {
          title: "MFA Session: move the access keys of which profile into the keychain?",
          filter: (choice) => choice.hasStaticKeys && !choice.keysInKeychain,
          none: { problem: "No profile has access keys in ~/.aws/credentials to import", nextStep: "add them first", hint: { kind: "add-access-keys" } },
        });
        deps.runInTerminal(`mfa-session keys import --profile ${shellWord(profile)}`);
      },
    },
    {
      id: "mfaSession.addAccessKeys",
      title: "Add Access Keys with aws configure",
      async run() {
        const name = await askText(deps.window, {
          title: "MFA Session: profile that holds your access keys",
          prompt: "aws configure asks for the access key ID and secret in the terminal and writes them to ~/.aws/credentials.",
          value: "default",
          validateInput: (value) => (isPlainProfileName(value.trim()) ? undefined : `A profile name: ${PROFILE_NAME_RULE}.`),
        });
        deps.runInTerminal(`aws configure --profile ${name}`);
      },
    },
    {
      id: "mfaSession.tryCallerIdentity",
      title: "Try aws sts get-caller-identity",
      async run() {
        const active = deps.activeProfile.get();
        const profile = await pickProfile(deps.window, await deps.services.listProfiles(), {
          title: "MFA Session: try which profile?",
          filter: isMfaProfile,
          ...(active ? { preferred: active } : {}),
          none: 'No profile with an MFA device (mfa_serial) in your AWS config; run "MFA Session: Configure Profile" first.',
        });
        deps.runInTerminal(`aws sts get-caller-identity --profile ${shellWord(profile)}`);
      },
    },
  ];
}
