// The one place where the extension calls @mfa-session/core: sessions through getCredentials and the
// shared cache (same lock as the CLI), profiles from the shared config files, and the operations the
// CLI calls too: device administration through connectDeviceAdmin (an MFA session for a profile that
// uses MFA, asked for inline), mfa_serial through recordMfaSerial, profile edits through
// planProfileEdit. The AWS SDK loads inside core, on the first network call only.
import {
  connectDeviceAdmin, createSessionCache, deactivateMfaDevice, deleteVirtualMfaDevice, getCacheDir, getCommandLinePlatform, getCredentials,
  isMfaSessionCredentialProcess, listMfaDevices, listSessions, loadProfile, planProfileEdit, readSharedConfigSync, recordMfaSerial, removeSessions,
  resyncMfaDevice, setupVirtualMfaDevice, KEY_STORE_SETTING,
  type AwsClientFactory, type Clock, type Logger, type MfaCodeProvider,
} from "@mfa-session/core";
import type { DeviceService, ExtensionServices, ProfileChoice } from "./ExtensionServices.js";
import { getCliCommand } from "./getCliCommand.js";

export interface CoreServicesDeps {
  env: NodeJS.ProcessEnv;
  homedir: string;
  clock: Clock;
  logger: Logger;
  /** The cliPath setting, read at call time. */
  getCliPath(): string | undefined;
  /** process.platform: whose quoting rules the credential_process line follows. */
  platform: NodeJS.Platform;
  /** Asks for a code inline when a device command needs an MFA session. */
  codeProvider: MfaCodeProvider;
  clients?: AwsClientFactory;
}

export function createCoreServices(deps: CoreServicesDeps): ExtensionServices {
  const { env, homedir, clock, logger } = deps;
  const cache = () => createSessionCache({ dir: getCacheDir({ env, homedir }), clock, logger });
  const withClients = deps.clients ? { clients: deps.clients } : {};

  function connect(profile: string, longTermKeys = false) {
    return connectDeviceAdmin({
      profile, env, homedir, clock, ...withClients,
      ...(longTermKeys ? { longTermKeys: true } : {}),
      getMfaSession: async (resolved) => {
        const result = await getCredentials({ profile: resolved.name, env, homedir, clock, logger, codeProvider: deps.codeProvider, ...withClients });
        return result.credentials;
      },
    });
  }

  return {
    async listProfiles() {
      const config = readSharedConfigSync({ env, homedir });
      return Object.entries(config.profiles)
        .map(([name, settings]): ProfileChoice => ({
          name,
          ...(settings.mfa_serial ? { mfaSerial: settings.mfa_serial } : {}),
          ...(settings.region ? { region: settings.region } : {}),
          ...(settings[KEY_STORE_SETTING] !== undefined ? { keysInKeychain: true } : {}),
          hasStaticKeys: settings.aws_access_key_id !== undefined || settings[KEY_STORE_SETTING] !== undefined,
          usesMfaSession: settings.credential_process !== undefined && isMfaSessionCredentialProcess(settings.credential_process),
        }))
        .sort((a, b) => a.name.localeCompare(b.name));
    },
    async listSessions(profile) {
      const forProfile = profile === undefined ? undefined : await loadProfile({ profile, env, homedir });
      return listSessions({ cache: cache(), clock, ...(forProfile ? { forProfile } : {}) });
    },
    async signIn(profile, options) {
      const result = await getCredentials({
        profile, env, homedir, clock, logger,
        codeProvider: options.codeProvider,
        forceRefresh: options.forceRefresh,
        ...(options.signal ? { signal: options.signal } : {}),
        ...withClients,
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
          // The long-term keys, as the CLI's setup: the person has no working device yet.
          const admin = await connect(profileName, true);
          return setupVirtualMfaDevice({
            iam: admin.iam, sts: admin.sts, endpoint: admin.endpoint,
            ...(handlers.deviceName ? { deviceName: handlers.deviceName } : {}),
            present: handlers.present,
            readCodes: handlers.readCodes,
            createSessionIam: (credentials) => admin.iamFor(credentials),
            saveMfaSerial: async (serialNumber) => {
              const result = await recordMfaSerial({ env, homedir, profile: admin.profile.name, serialNumber });
              logger.info(`Device setup: ${result.changed ? "wrote" : "kept"} mfa_serial = ${serialNumber} in [${result.section}] of ${result.configFile}.`);
            },
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
    async checkCli() {
      await getCliCommand({ cliPath: deps.getCliPath(), platform: deps.platform, env });
    },
    async planProfileEdit(edit) {
      // The person confirms the diff before anything is written, so a foreign credential_process or
      // mfa_serial is replaced rather than refused or kept.
      const cli = await getCliCommand({ cliPath: deps.getCliPath(), platform: deps.platform, env });
      const plan = await planProfileEdit({
        ...edit,
        command: cli.words,
        platform: getCommandLinePlatform(deps.platform),
        force: true,
        replaceMfaSerial: true,
      }, { env, homedir });
      const warnings = [...cli.warnings, ...plan.warnings];
      for (const warning of warnings) logger.warn(`Configure Profile: ${warning}`);
      return {
        configFile: plan.configFile, changed: plan.changed, diff: plan.diff, warnings,
        write: async () => {
          const written = await plan.write();
          if (written.changedSincePlan) logger.warn(`Configure Profile: ${plan.configFile} changed after the diff was shown; profile ${edit.profile} was written into its new version and the other changes were kept.`);
        },
      };
    },
  };
}
