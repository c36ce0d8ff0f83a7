// Pure: the config-file edits "Configure Profile" makes, the same keys as `mfa-session configure`:
// mfa_session_source_profile, mfa_serial, mfa_session_role_arn and a credential_process line that
// runs mfa-session. Refuses what would make the SDKs skip MFA or call us in a loop.
import {
  ConfigError, CredentialProcessRecursionError, findSection, isMfaSessionCredentialProcess, parseConfigDocument, UsageError,
  type ConfigSectionEdit,
} from "@mfa-session/core";
import type { ProfileEdit } from "./ExtensionServices.js";

const PROFILE_NAME = /^[\w.@+=,-]+$/;
const MFA_SERIAL = /^(?:arn:aws[\w-]*:iam::\d{12}:mfa\/[\w+=,.@/-]+|[\w+=/:,.@-]{9,256})$/;
const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const STATIC_KEYS = ["aws_access_key_id", "aws_secret_access_key", "aws_session_token"];

export function configSection(profile: string): string {
  return profile === "default" ? "default" : `profile ${profile}`;
}

/** How credential_process starts the CLI: the cliPath setting (a .js file runs under node), else `mfa-session` on PATH. */
export function formatCliCommand(cliPath: string | undefined): string {
  if (!cliPath) return "mfa-session";
  const quoted = /[\s"']/.test(cliPath) ? `"${cliPath.replace(/"/g, '\\"')}"` : cliPath;
  return /\.[cm]?js$/i.test(cliPath) ? `node ${quoted}` : quoted;
}

export function planProfileEdit(configText: string, credentialsText: string, edit: ProfileEdit, cliCommand: string): ConfigSectionEdit[] {
  const { profile, sourceProfile } = edit;
  for (const [what, name] of [["Profile name", profile], ["Source profile", sourceProfile]] as const) {
    if (!PROFILE_NAME.test(name)) throw new UsageError(`${what} "${name}" may hold only letters, digits and . _ - @ + = , (it goes into a command line).`);
  }
  if (profile === sourceProfile) {
    throw new CredentialProcessRecursionError(`Profile ${profile}: the source profile must be another profile, the one holding your long-term keys.`);
  }
  if (edit.mfaSerial !== undefined && !MFA_SERIAL.test(edit.mfaSerial)) {
    throw new UsageError(`Profile ${profile}: the MFA device must be an ARN like arn:aws:iam::123456789012:mfa/NAME, or a hardware serial number.`);
  }
  if (edit.roleArn !== undefined && !ROLE_ARN.test(edit.roleArn)) {
    throw new UsageError(`Profile ${profile}: the role must be an ARN like arn:aws:iam::123456789012:role/NAME.`);
  }
  const target = readKeys(configText, credentialsText, profile);
  const source = readKeys(configText, credentialsText, sourceProfile);
  if (STATIC_KEYS.some((key) => target.has(key))) {
    throw new ConfigError(`Profile ${profile} holds access keys; the SDKs would use them and skip MFA. Pick a new name, e.g. ${profile}-mfa, with ${profile} as its source profile.`);
  }
  if (target.has("role_arn") || target.has("source_profile")) {
    throw new ConfigError(`Profile ${profile} has role_arn or source_profile, so the SDKs would never call mfa-session; pick a new profile name.`);
  }
  const sourceProcess = source.get("credential_process");
  if (sourceProcess !== undefined && isMfaSessionCredentialProcess(sourceProcess)) {
    throw new CredentialProcessRecursionError(`Profile ${sourceProfile} gets its credentials from mfa-session itself; pick the profile that holds the long-term access keys.`);
  }
  if (source.size === 0) throw new ConfigError(`Profile ${sourceProfile} was found in neither the config nor the credentials file; add its keys with \`aws configure --profile ${sourceProfile}\`.`);
  if (edit.mfaSerial === undefined && !target.has("mfa_serial") && !source.has("mfa_serial")) {
    throw new UsageError(`Profile ${profile}: no MFA device on it or on ${sourceProfile}; pick one (List Devices) or set one up (Set Up Virtual MFA Device).`);
  }
  return [
    {
      section: configSection(profile),
      set: [
        { key: "mfa_session_source_profile", value: sourceProfile },
        ...(edit.mfaSerial !== undefined ? [{ key: "mfa_serial", value: edit.mfaSerial }] : []),
        ...(edit.roleArn !== undefined ? [{ key: "mfa_session_role_arn", value: edit.roleArn }] : []),
        { key: "credential_process", value: `${cliCommand} credential-process --profile ${profile}` },
      ],
    },
  ];
}

function readKeys(configText: string, credentialsText: string, profile: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const [text, section] of [[configText, configSection(profile)], [credentialsText, profile]] as const) {
    const block = findSection(parseConfigDocument(text), section);
    if (block && block.keys.length === 0) values.set("", "");
    for (const key of block?.keys ?? []) values.set(key.key, key.value);
  }
  return values;
}
