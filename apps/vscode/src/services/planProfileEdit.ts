// The config-file edits "Configure Profile" makes: core's planCredentialProcessProfile (the same plan
// as `mfa-session configure`), with the credential_process line that runs the configured CLI. The
// user confirms the diff before anything is written, so a foreign credential_process or mfa_serial
// is replaced rather than refused or kept.
import { planCredentialProcessProfile, type ConfigSectionEdit } from "@mfa-session/core";
import type { ProfileEdit } from "./ExtensionServices.js";

/** How credential_process starts the CLI: the cliPath setting (a .js file runs under node), else `mfa-session` on PATH. */
export function formatCliCommand(cliPath: string | undefined): string {
  if (!cliPath) return "mfa-session";
  const quoted = /[\s"']/.test(cliPath) ? `"${cliPath.replace(/"/g, '\\"')}"` : cliPath;
  return /\.[cm]?js$/i.test(cliPath) ? `node ${quoted}` : quoted;
}

export function planProfileEdit(configText: string, credentialsText: string, edit: ProfileEdit, cliCommand: string): ConfigSectionEdit[] {
  return planCredentialProcessProfile(configText, credentialsText, {
    ...edit,
    credentialProcess: `${cliCommand} credential-process --profile ${edit.profile}`,
    force: true,
    replaceMfaSerial: true,
    mfaSerialAdvice: "pick one (List Devices) or set one up (Set Up Virtual MFA Device).",
  }).edits;
}
