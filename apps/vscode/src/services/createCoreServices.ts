// The one place where the extension calls @mfa-session/core: sessions through getCredentials and the
// shared cache (same lock as the CLI), profiles from the shared config files, IAM device verbs with
// the profile's long-term keys. The AWS SDK loads inside core, on the first network call only.
import {
  configSectionName, createAwsClients, createSessionCache, deactivateMfaDevice, deleteVirtualMfaDevice, findCallingUser, formatLineDiff, getConfigPaths,
  getCacheDir, getCredentials, isMfaSessionCredentialProcess, listMfaDevices, listSessions, loadProfile, loadSourceCredentials,
  readConfigFile, readSharedConfigSync, removeSessions, resyncMfaDevice, setConfigValues, setupVirtualMfaDevice, writeConfigFile,
  type AwsClientFactory, type Clock, type Logger,
} from "@mfa-session/core";
import type { DeviceService, ExtensionServices, ProfileChoice } from "./ExtensionServices.js";
import { formatCliCommand, planProfileEdit } from "./planProfileEdit.js";

export interface CoreServicesDeps {
  env: NodeJS.ProcessEnv;
  homedir: string;
  clock: Clock;
  logger: Logger;
  /** The cliPath setting, read at call time. */
  getCliPath(): string | undefined;
  clients?: AwsClientFactory;
}

export function createCoreServices(deps: CoreServicesDeps): ExtensionServices {
  const { env, homedir, clock, logger } = deps;
  const cache = () => createSessionCache({ dir: getCacheDir({ env, homedir }), clock, logger });
  const clients = () => deps.clients ?? createAwsClients();

  async function connect(profileName: string) {
    const profile = await loadProfile({ profile: profileName, env, homedir });
    const credentials = await loadSourceCredentials(profile, { env, clock });
    const factory = clients();
    const [iam, sts] = await Promise.all([
      factory.iam({ region: profile.region, endpoint: profile.endpoints.iam, credentials }),
      factory.sts({ region: profile.region, endpoint: profile.endpoints.sts, credentials }),
    ]);
    const endpoint = profile.endpoints.iam;
    let user: Promise<string> | undefined;
    const userName = () => (user ??= findCallingUser({ sts, endpoint }).then((found) => found.userName));
    return { profile, iam, sts, endpoint, userName };
  }

  async function saveMfaSerial(profile: string, serialNumber: string): Promise<void> {
    const { configFile } = getConfigPaths({ env, homedir });
    const text = await readConfigFile(configFile);
    const result = setConfigValues(text, [{ section: configSectionName(profile), set: [{ key: "mfa_serial", value: serialNumber }] }]);
    if (result.changed) await writeConfigFile(configFile, result.text);
    logger.info(`Device setup: wrote mfa_serial of profile ${profile} to ${configFile}.`);
  }

  return {
    async listProfiles() {
      const config = readSharedConfigSync({ env, homedir });
      return Object.entries(config.profiles)
        .map(([name, settings]): ProfileChoice => ({
          name,
          ...(settings.mfa_serial ? { mfaSerial: settings.mfa_serial } : {}),
          hasStaticKeys: settings.aws_access_key_id !== undefined,
          usesMfaSession: settings.credential_process !== undefined && isMfaSessionCredentialProcess(settings.credential_process),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    listSessions: () => listSessions({ cache: cache(), clock }),
    async signIn(profile, options) {
      const result = await getCredentials({
        profile, env, homedir, clock, logger,
        codeProvider: options.codeProvider,
        forceRefresh: options.forceRefresh,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(deps.clients ? { clients: deps.clients } : {}),
      });
      return { expiration: result.credentials.expiration, source: result.source };
    },
    async signOut(profile) {
      return removeSessions({ cache: cache(), clock, ...(profile !== undefined ? { profile } : {}) });
    },
    devices(profileName): DeviceService {
      let connection: ReturnType<typeof connect> | undefined;
      const connected = () => (connection ??= connect(profileName));
      return {
        userName: async () => (await connected()).userName(),
        async list() {
          const { iam, endpoint, userName } = await connected();
          return listMfaDevices({ iam, endpoint, userName: await userName() });
        },
        async setUp(handlers) {
          const { iam, sts, endpoint } = await connected();
          return setupVirtualMfaDevice({
            iam, sts, endpoint,
            ...(handlers.deviceName ? { deviceName: handlers.deviceName } : {}),
            present: handlers.present,
            readCodes: handlers.readCodes,
            saveMfaSerial: (serialNumber) => saveMfaSerial(profileName, serialNumber),
            onStep: (message) => {
              logger.info(`Device setup: ${message}`);
              handlers.onStep?.(message);
            },
          });
        },
        async resync(serialNumber, codes) {
          const { iam, endpoint, userName } = await connected();
          await resyncMfaDevice({ iam, endpoint, userName: await userName(), serialNumber, ...codes });
        },
        async deactivate(serialNumber) {
          const { iam, endpoint, userName } = await connected();
          await deactivateMfaDevice({ iam, endpoint, userName: await userName(), serialNumber });
        },
        async delete(serialNumber) {
          const { iam, endpoint } = await connected();
          await deleteVirtualMfaDevice({ iam, endpoint, serialNumber, force: true });
        },
      };
    },
    async planProfileEdit(edit) {
      const { configFile, credentialsFile } = getConfigPaths({ env, homedir });
      const [configText, credentialsText] = await Promise.all([readConfigFile(configFile), readConfigFile(credentialsFile)]);
      const edits = planProfileEdit(configText, credentialsText, edit, formatCliCommand(deps.getCliPath()));
      const result = setConfigValues(configText, edits);
      return {
        configFile,
        changed: result.changed,
        diff: result.changed ? formatLineDiff(configText, result.text, { before: configFile, after: `${configFile} (after)` }) : "",
        write: async () => {
          await writeConfigFile(configFile, result.text);
        },
      };
    },
  };
}
