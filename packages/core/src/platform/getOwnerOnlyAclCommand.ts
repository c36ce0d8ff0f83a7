// The icacls command that leaves a Windows folder to its user alone, the counterpart of mode 0700:
// inherited entries removed, full control granted to the user and inherited by everything inside.
import { win32 } from "node:path";
import type { Env } from "../config/Env.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { getEnvValue } from "./getEnvValue.js";

export interface FileCommand {
  file: string;
  args: string[];
}

export function getOwnerOnlyAclCommand(dir: string, env: Env): FileCommand {
  const get = (name: string) => getEnvValue(env, name, "win32")?.trim() || undefined;
  const user = get("USERNAME");
  if (user === undefined) {
    throw new MfaSessionError(`Could not make the folder ${dir} private: USERNAME is not set, so the account to grant is unknown. Run mfa-session with your normal environment.`, "CACHE_UNSAFE");
  }
  const domain = get("USERDOMAIN");
  const account = domain === undefined ? user : `${domain}\\${user}`;
  // An absolute path: PATH may be stripped, and a planted icacls.exe in the current folder must not run.
  const file = win32.join(get("SystemRoot") ?? "C:\\Windows", "System32", "icacls.exe");
  return { file, args: [dir, "/inheritance:r", "/grant:r", `${account}:(OI)(CI)F`] };
}
