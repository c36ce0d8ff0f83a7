// Sets keys of one profile in the shared config file, in its own section ([default] or
// [profile NAME]), changing nothing else and keeping the previous version as a backup. The keys are
// set in the file as it is when the lock is held (editConfigFile), never in an older copy.
import type { Env } from "../config/Env.js";
import { getConfigPaths } from "../config/getConfigPaths.js";
import type { Locker } from "../lock/Lock.js";
import { editConfigFile } from "./editConfigFile.js";
import { configSectionName } from "./planCredentialProcessProfile.js";
import { setConfigValues } from "./setConfigValues.js";

export interface SetProfileValuesOptions {
  env: Env;
  homedir: string;
  profile: string;
  values: Readonly<Record<string, string>>;
  locker?: Locker;
}

export interface SetProfileValuesResult {
  configFile: string;
  /** The section written, as inside its brackets: `default` or `profile NAME`. */
  section: string;
  /** false: every value was already there, and the file was not touched. */
  changed: boolean;
  /** The previous version, when the file existed and changed. */
  backupPath?: string;
}

export async function setProfileValues(options: SetProfileValuesOptions): Promise<SetProfileValuesResult> {
  const { configFile } = getConfigPaths(options);
  const section = configSectionName(options.profile);
  const set = Object.entries(options.values).map(([key, value]) => ({ key, value }));
  const result = await editConfigFile(configFile, (text) => setConfigValues(text, [{ section, set }]).text, {
    env: options.env, homedir: options.homedir, ...(options.locker ? { locker: options.locker } : {}),
  });
  if (!result.changed) return { configFile, section, changed: false };
  return { configFile, section, changed: true, ...(result.backupPath === undefined ? {} : { backupPath: result.backupPath }) };
}
