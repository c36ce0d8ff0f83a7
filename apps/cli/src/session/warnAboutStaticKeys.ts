// A profile with both static keys and credential_process is ambiguous: the SDKs take the keys and
// never call us. Warn (the keys may be stale leftovers), never fail: we were called, so carry on.
import { configSectionName, findSection, getConfigPaths, parseConfigDocument, readConfigFile, type Logger } from "@mfa-session/core";

export interface WarnAboutStaticKeysOptions {
  env: NodeJS.ProcessEnv;
  homedir: string;
  profile: string;
  logger: Logger;
}

export async function warnAboutStaticKeys(options: WarnAboutStaticKeysOptions): Promise<void> {
  const paths = getConfigPaths({ env: options.env, homedir: options.homedir });
  const sections = await Promise.all(
    ([[paths.configFile, configSectionName(options.profile)], [paths.credentialsFile, options.profile]] as const).map(async ([path, section]) => ({
      path,
      keys: findSection(parseConfigDocument(await readConfigFile(path).catch(() => "")), section)?.keys.map((key) => key.key) ?? [],
    })),
  );
  if (!sections.some(({ keys }) => keys.includes("credential_process"))) return;
  const withKeys = sections.find(({ keys }) => keys.includes("aws_access_key_id"));
  if (withKeys) {
    options.logger.warn(
      `profile ${options.profile} has aws_access_key_id in ${withKeys.path} next to credential_process; AWS tools use those keys and skip MFA. Remove them, and keep the long-term keys in the source profile.`,
    );
  }
}
