// The environment every child of the demo gets (our CLI, the AWS CLI): the throw-away config, cache
// and sandbox, and nothing of the caller's AWS set-up. On Windows also what programs there need to
// start at all (cmd.exe, Python's sockets and temp files, node.exe's os.tmpdir), read whatever the
// case of their names; USERPROFILE is the demo's home, as HOME is, since botocore on Windows reads
// ~ from USERPROFILE only.
import { getEnvValue } from "@mfa-session/core";

export interface DemoEnvOptions {
  home: string;
  configFile: string;
  credentialsFile: string;
  cacheDir: string;
  endpoint: string;
  /** process.platform by default. */
  platform?: NodeJS.Platform;
}

const WINDOWS_ESSENTIALS = ["SystemRoot", "WINDIR", "SystemDrive", "ComSpec", "PATHEXT", "TEMP", "TMP", "APPDATA", "LOCALAPPDATA"];

export function getDemoEnv(baseEnv: NodeJS.ProcessEnv, options: DemoEnvOptions): NodeJS.ProcessEnv {
  const platform = options.platform ?? process.platform;
  const env: NodeJS.ProcessEnv = {
    PATH: getEnvValue(baseEnv, "PATH", platform), LANG: baseEnv.LANG ?? "C.UTF-8", TERM: baseEnv.TERM,
    HOME: options.home, AWS_CONFIG_FILE: options.configFile, AWS_SHARED_CREDENTIALS_FILE: options.credentialsFile,
    MFA_SESSION_CACHE_DIR: options.cacheDir,
    AWS_ENDPOINT_URL: options.endpoint, AWS_REGION: "us-east-1", AWS_EC2_METADATA_DISABLED: "true",
    AWS_PAGER: "", PYTHONWARNINGS: "ignore",
  };
  if (platform !== "win32") return env;
  for (const name of WINDOWS_ESSENTIALS) {
    const value = getEnvValue(baseEnv, name, platform);
    if (value !== undefined) env[name] = value;
  }
  env.USERPROFILE = options.home;
  return env;
}
