// Editing a credential_process profile, the one operation behind `mfa-session configure` and the
// extension's Configure Profile: read both shared files, format the credential_process line for the
// platform, plan the edit (planCredentialProcessProfile), show it as a diff, and write it on demand.
import type { Env } from "../config/Env.js";
import { getConfigPaths } from "../config/getConfigPaths.js";
import { formatLineDiff } from "./formatLineDiff.js";
import { formatCredentialProcessLine, type CommandLinePlatform } from "./formatCredentialProcessLine.js";
import { planCredentialProcessProfile } from "./planCredentialProcessProfile.js";
import { setConfigValues } from "./setConfigValues.js";
import { readConfigFile, writeConfigFile } from "./writeConfigFile.js";

export interface ProfileEditRequest {
  profile: string;
  sourceProfile: string;
  mfaSerial?: string;
  roleArn?: string;
  /** How credential_process starts mfa-session, as words: ["mfa-session"] or [node, script]. */
  command: readonly string[];
  /** The quoting rules of the line: the caller's platform (it reads process.platform, not core). */
  platform: CommandLinePlatform;
  /** Replace a credential_process that is not mfa-session's. */
  force?: boolean;
  /** Overwrite an mfa_serial already on the profile instead of keeping it with a warning. */
  replaceMfaSerial?: boolean;
}

export interface PlanProfileEditOptions {
  env: Env;
  homedir: string;
}

export interface ProfileEditPlan {
  configFile: string;
  /** The credential_process line the edit writes. */
  credentialProcess: string;
  changed: boolean;
  warnings: string[];
  /** The change as a unified diff; "" when the profile is already up to date. */
  diff: string;
  /** Writes the edited file atomically, keeping the previous version; returns the backup's path. */
  write(): Promise<string | undefined>;
}

export async function planProfileEdit(request: ProfileEditRequest, options: PlanProfileEditOptions): Promise<ProfileEditPlan> {
  const { command, platform, ...profileRequest } = request;
  const credentialProcess = formatCredentialProcessLine([...command, "credential-process", "--profile", request.profile], platform);
  const { configFile, credentialsFile } = getConfigPaths(options);
  const [configText, credentialsText] = await Promise.all([readConfigFile(configFile), readConfigFile(credentialsFile)]);
  const plan = planCredentialProcessProfile(configText, credentialsText, { ...profileRequest, credentialProcess });
  const result = setConfigValues(configText, plan.edits);
  return {
    configFile,
    credentialProcess,
    changed: result.changed,
    warnings: plan.warnings,
    diff: result.changed ? formatLineDiff(configText, result.text, { before: configFile, after: `${configFile} (after)` }) : "",
    write: () => writeConfigFile(configFile, result.text),
  };
}
