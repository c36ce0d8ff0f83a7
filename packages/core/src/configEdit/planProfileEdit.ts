// Editing a credential_process profile, the one operation behind `mfa-session configure` and the
// extension's Configure Profile: read both shared files, format the credential_process line for the
// platform, plan the edit (planCredentialProcessProfile), show it as a diff, and write it on demand.
// The write plans again under the file's lock, against the files as they are then: lines another
// process wrote since the diff was shown are kept, and the change is still only this profile's keys.
import type { Env } from "../config/Env.js";
import { getConfigPaths } from "../config/getConfigPaths.js";
import { formatLineDiff } from "./formatLineDiff.js";
import { formatCredentialProcessLine, type CommandLinePlatform } from "./formatCredentialProcessLine.js";
import { planCredentialProcessProfile } from "./planCredentialProcessProfile.js";
import type { Locker } from "../lock/Lock.js";
import { editConfigFile } from "./editConfigFile.js";
import { setConfigValues } from "./setConfigValues.js";
import { readConfigFile } from "./writeConfigFile.js";

export interface ProfileEditRequest {
  profile: string;
  sourceProfile: string;
  mfaSerial?: string;
  roleArn?: string;
  /** Written as the profile's region. */
  region?: string;
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
  locker?: Locker;
}

export interface ProfileEditWriteResult {
  /** false: the file already held this profile's keys when the lock was taken; nothing was written. */
  changed: boolean;
  /** The previous version, when the file existed and changed. */
  backupPath?: string;
  /** The file was changed by someone else after the diff was made; the edit was applied to the new text. */
  changedSincePlan: boolean;
}

export interface ProfileEditPlan {
  configFile: string;
  /** The credential_process line the edit writes. */
  credentialProcess: string;
  changed: boolean;
  warnings: string[];
  /** The change as a unified diff; "" when the profile is already up to date. */
  diff: string;
  /**
   * Under the file's lock, plans again against both files as they are now (a refusal then throws and
   * nothing is written) and writes the result atomically, keeping the previous version.
   */
  write(): Promise<ProfileEditWriteResult>;
}

export async function planProfileEdit(request: ProfileEditRequest, options: PlanProfileEditOptions): Promise<ProfileEditPlan> {
  const { command, platform, ...profileRequest } = request;
  const credentialProcess = formatCredentialProcessLine([...command, "credential-process", "--profile", request.profile], platform);
  const { configFile, credentialsFile } = getConfigPaths(options);
  const [configText, credentialsText] = await Promise.all([readConfigFile(configFile), readConfigFile(credentialsFile)]);
  const planRequest = { ...profileRequest, credentialProcess };
  const plan = planCredentialProcessProfile(configText, credentialsText, planRequest);
  const result = setConfigValues(configText, plan.edits);
  return {
    configFile,
    credentialProcess,
    changed: result.changed,
    warnings: plan.warnings,
    diff: result.changed ? formatLineDiff(configText, result.text, { before: configFile, after: `${configFile} (after)` }) : "",
    async write() {
      const written = await editConfigFile(configFile, async (current) => {
        const again = planCredentialProcessProfile(current, await readConfigFile(credentialsFile), planRequest);
        return setConfigValues(current, again.edits).text;
      }, options);
      return {
        changed: written.changed,
        changedSincePlan: written.before !== configText,
        ...(written.backupPath === undefined ? {} : { backupPath: written.backupPath }),
      };
    },
  };
}
