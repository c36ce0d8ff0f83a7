// Sets keys of one profile in the shared config file, in its own section ([default] or
// [profile NAME]), changing nothing else and keeping the previous version as a backup.
import type { Env } from "../config/Env.js";
import { getConfigPaths } from "../config/getConfigPaths.js";
import { configSectionName } from "./planCredentialProcessProfile.js";
import { setConfigValues } from "./setConfigValues.js";
import { readConfigFile, writeConfigFile } from "./writeConfigFile.js";

export interface SetProfileValuesOptions {
  env: Env;
  homedir: string;
  profile: string;
  values: Readonly<Record<string, string>>;
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
  const result = setConfigValues(await readConfigFile(configFile), [{ section, set }]);
  if (!result.changed) return { configFile, section, changed: false };
  const backupPath = await writeConfigFile(configFile, result.text);
  return { configFile, section, changed: true, ...(backupPath === undefined ? {} : { backupPath }) };
}
