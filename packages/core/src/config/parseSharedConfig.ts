// Pure parse of the AWS shared config and credentials files into profiles, [services] sections and
// [sso-session] sections, the way botocore reads them. Every map has a null prototype.
import ini from "ini";
import { prepareIniText } from "./prepareIniText.js";

export type Settings = Record<string, string>;

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
  // Plain loops over keys (no tuple arrays, no destructuring): this runs cold at every credential_process call.
  const fromConfig = decode(input.configText, input.configFile);
  for (const section of Object.keys(fromConfig)) {
    const settings = toSettings(fromConfig[section]);
    const space = section.indexOf(" ");
    const kind = space < 0 ? section : section.slice(0, space);
    const name = space < 0 ? "" : section.slice(space + 1);
    if (section === "default") merge(config.profiles, "default", settings);
    else if (kind === "profile" && name !== "") merge(config.profiles, name, settings);
    else if (kind === "sso-session" && name !== "") merge(config.ssoSessions, name, settings);
    else if (kind === "services" && name !== "") config.services[name] = toServices(settings, config.services[name]);
    // Other sections ([plugins], [preview], typos) are ignored, as botocore does.
  }
  const fromCredentials = decode(input.credentialsText, input.credentialsFile);
  for (const section of Object.keys(fromCredentials)) {
    const settings = toSettings(fromCredentials[section]);
    config.credentialsFileProfiles![section] = settings;
    merge(config.profiles, section, settings);
  }
  return config;
}

function decode(text: string, file: string): Record<string, unknown> {
  return ini.decode(prepareIniText(text, file)) as Record<string, unknown>;
}

function toSettings(raw: unknown): Settings {
  const settings: Settings = nullObject();
  if (typeof raw !== "object" || raw === null) return settings;
  const values = raw as Record<string, unknown>;
  for (const key of Object.keys(values)) {
    const value = values[key];
    // ini turns "true"/"false"/"null" into JSON values and `key[]` into arrays; undo both.
    const last: unknown = Array.isArray(value) ? value[value.length - 1] : value;
    if (typeof last === "object" && last !== null) continue;
    settings[key] = String(last);
  }
  return settings;
}

function merge(target: Record<string, Settings>, name: string, settings: Settings): void {
  target[name] = Object.assign(target[name] ?? nullObject<Settings>(), settings);
}

function toServices(settings: Settings, existing: Record<string, Settings> | undefined): Record<string, Settings> {
  const services: Record<string, Settings> = existing ?? nullObject();
  for (const [dotted, value] of Object.entries(settings)) {
    const dot = dotted.indexOf(".");
    if (dot <= 0) continue;
    const service = dotted.slice(0, dot);
    const key = dotted.slice(dot + 1);
    (services[service] ??= nullObject<Settings>())[key] = value;
  }
  return services;
}

function nullObject<T extends object>(): T {
  return Object.create(null) as T;
}
