// The rotation store for keys kept in the shared credentials file: [profile]'s two key lines are
// rewritten in place through editConfigFile (under the file's lock, atomically, through symlinks, the
// old version kept as a backup), every other byte left as it was, the file and backup made 0600.
import type { Env } from "../../config/Env.js";
import type { AwsCredentials } from "../../config/ResolvedProfile.js";
import { getConfigPaths } from "../../config/getConfigPaths.js";
import { editConfigFile } from "../../configEdit/editConfigFile.js";
import { readConfigFile, type ConfigFileSystem } from "../../configEdit/writeConfigFile.js";
import { MfaSessionError } from "../../errors/MfaSessionError.js";
import { UsageError } from "../../errors/errors.js";
import { toFileSystemError } from "../../errors/toFileSystemError.js";
import type { Locker } from "../../lock/Lock.js";
import { findCredentialsFileKey, replaceCredentialsFileKey } from "./credentialsFileKeys.js";
import type { RotationStore } from "./RotationStore.js";

export interface CredentialsFileStoreOptions {
  /** The profile whose section holds the keys (the end of a source_profile chain). */
  profile: string;
  env: Env;
  homedir: string;
  locker?: Locker;
  fs?: ConfigFileSystem;
}

export interface CredentialsFileStore extends RotationStore {
  readonly path: string;
  /** The previous version of the file, once replace() has written it. */
  backupPath(): string | undefined;
}

export function createCredentialsFileStore(options: CredentialsFileStoreOptions): CredentialsFileStore {
  const path = getConfigPaths(options).credentialsFile;
  const { profile } = options;
  let seen: string | undefined;
  let backup: string | undefined;
  const read = async (): Promise<AwsCredentials> => {
    const text = await readConfigFile(path, options.fs).catch((error: unknown) => {
      throw toFileSystemError(error, "read the access key", path);
    });
    const found = findCredentialsFileKey(text, profile);
    if (!found) {
      throw new MfaSessionError(`Profile ${profile}: ${path} has no [${profile}] with aws_access_key_id and aws_secret_access_key`, "CREDENTIALS_MISSING", {
        nextStep: "rotate the profile whose section holds the keys",
      });
    }
    if (found.hasSessionToken) {
      throw new UsageError(`Profile ${profile}: [${profile}] in ${path} holds temporary credentials (aws_session_token), not a long-term access key to rotate`);
    }
    seen = found.accessKeyId;
    return { accessKeyId: found.accessKeyId, secretAccessKey: found.secretAccessKey };
  };
  return {
    path,
    backupPath: () => backup,
    describe: () => `[${profile}] in ${path}`,
    read,
    async replace(next) {
      const expected = seen ?? (await read()).accessKeyId;
      const result = await editConfigFile(path, (text) => replaceCredentialsFileKey(text, profile, expected, next), {
        env: options.env, homedir: options.homedir, maxMode: 0o600,
        ...(options.locker ? { locker: options.locker } : {}), ...(options.fs ? { fs: options.fs } : {}),
      });
      if (result.backupPath !== undefined) backup = result.backupPath;
      seen = next.accessKeyId;
    },
  };
}
