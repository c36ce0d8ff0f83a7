// The lock file that serialises edits of a shared config file, for tests that plant a lock left by a
// killed process: the same name and folder editConfigFile uses.
import { join } from "node:path";
import type { Env } from "../config/Env.js";
import { getConfigFileLockDir, getConfigFileLockName } from "../configEdit/editConfigFile.js";
import { resolveConfigFileTarget } from "../configEdit/writeConfigFile.js";
import { getLockFileName } from "../lock/lockHolder.js";

export async function getConfigFileLockPath(path: string, options: { env: Env; homedir: string }): Promise<string> {
  return join(getConfigFileLockDir(options), getLockFileName(getConfigFileLockName(await resolveConfigFileTarget(path))));
}
