// Pure parse of the AWS shared config and credentials files into profiles, [services] sections and
// [sso-session] sections, the way botocore reads them. Every map has a null prototype, so a profile
// may be named __proto__ or constructor.
import { parseIniText, type Settings } from "./parseIniText.js";
import { parseSectionHeader } from "./parseSectionHeader.js";

export type { Settings } from "./parseIniText.js";

export interface SharedConfig {
  /** Profile name -> lower-cased key -> value; credentials-file keys override config-file keys. */
  profiles: Record<string, Settings>;
  /** [services name] -> service id (sts, iam, ec2, ...) -> key -> value. */
  services: Record<string, Record<string, Settings>>;
  ssoSessions: Record<string, Settings>;
  /** The files read, for messages. */
  files?: { configFile: string; credentialsFile: string };
  /** The credentials file's profiles as read, before they override the config file's: which file a key is in, for messages. */
  credentialsFileProfiles?: Record<string, Settings>;
}

export interface SharedConfigText {
  configText: string;
  credentialsText: string;
  configFile: string;
  credentialsFile: string;
}

export function parseSharedConfig(input: SharedConfigText): SharedConfig {
  const config: SharedConfig = {
    profiles: nullObject(),
    services: nullObject(),
    ssoSessions: nullObject(),
    files: { configFile: input.configFile, credentialsFile: input.credentialsFile },
    credentialsFileProfiles: nullObject<Record<string, Settings>>(),
  };
  // Plain loops (no tuple arrays, no destructuring): this runs cold at every credential_process call.
  const fromConfig = parseIniText(input.configText, input.configFile);
  for (let index = 0; index < fromConfig.length; index++) {
    const section = fromConfig[index]!;
    const named = parseSectionHeader(section.header);
    // Other sections ([plugins], [preview], typos) are ignored, as botocore does.
    if (named === undefined) continue;
    if (named.kind === "profile") merge(config.profiles, named.name, section.settings);
    else if (named.kind === "sso-session") merge(config.ssoSessions, named.name, section.settings);
    else config.services[named.name] = toServices(section.settings, config.services[named.name]);
  }
  // The credentials file names profiles as they are: [dev], never [profile dev].
  const fromCredentials = parseIniText(input.credentialsText, input.credentialsFile);
  for (let index = 0; index < fromCredentials.length; index++) {
    const section = fromCredentials[index]!;
    merge(config.credentialsFileProfiles!, section.header, section.settings);
    merge(config.profiles, section.header, section.settings);
  }
  return config;
}

function merge(target: Record<string, Settings>, name: string, settings: Settings): void {
  target[name] = Object.assign(target[name] ?? nullObject<Settings>(), settings);
}

function toServices(settings: Settings, existing: Record<string, Settings> | undefined): Record<string, Settings> {
  const services: Record<string, Settings> = existing ?? nullObject();
  for (const dotted of Object.keys(settings)) {
    const dot = dotted.indexOf(".");
    if (dot <= 0) continue;
    (services[dotted.slice(0, dot)] ??= nullObject<Settings>())[dotted.slice(dot + 1)] = settings[dotted]!;
  }
  return services;
}

function nullObject<T extends object>(): T {
  return Object.create(null) as T;
}
