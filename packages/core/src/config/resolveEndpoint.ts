// Endpoint override for one service, in the AWS SDK's order: AWS_IGNORE_CONFIGURED_ENDPOINT_URLS
// (or the profile's ignore_configured_endpoint_urls) turns all of them off; otherwise
// AWS_ENDPOINT_URL_<SERVICE> > AWS_ENDPOINT_URL > the profile's [services] entry > endpoint_url.
import { MfaSessionError } from "../errors/MfaSessionError.js";
import type { Env } from "./Env.js";
import type { Settings, SharedConfig } from "./parseSharedConfig.js";

export type EndpointService = "sts" | "iam" | "ec2";

export interface ResolveEndpointOptions {
  profileName: string;
  /** The asked profile's settings. */
  profile: Settings;
  config: SharedConfig;
  env: Env;
}

export function resolveEndpoint(service: EndpointService, options: ResolveEndpointOptions): string | undefined {
  const { profileName, profile, env } = options;
  if (ignoresConfiguredEndpoints(profile, env)) return undefined;
  const serviceVariable = `AWS_ENDPOINT_URL_${service.toUpperCase()}`;
  const candidates: Array<[string | undefined, string]> = [
    [env[serviceVariable], serviceVariable],
    [env.AWS_ENDPOINT_URL, "AWS_ENDPOINT_URL"],
    [servicesEntry(service, options), `endpoint_url for ${service} in [services ${profile.services ?? ""}]`],
    [profile.endpoint_url, `endpoint_url of profile ${profileName}`],
  ];
  for (const [value, origin] of candidates) {
    if (value !== undefined && value.trim() !== "") return checkUrl(value.trim(), origin);
  }
  return undefined;
}

export function resolveEndpoints(options: ResolveEndpointOptions): { sts?: string; iam?: string; ec2?: string } {
  const endpoints: { sts?: string; iam?: string; ec2?: string } = {};
  for (const service of ["sts", "iam", "ec2"] as const) {
    const endpoint = resolveEndpoint(service, options);
    if (endpoint !== undefined) endpoints[service] = endpoint;
  }
  return endpoints;
}

function ignoresConfiguredEndpoints(profile: Settings, env: Env): boolean {
  const fromEnv = env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS;
  if (fromEnv !== undefined && fromEnv.trim() !== "") return fromEnv.trim().toLowerCase() === "true";
  return (profile.ignore_configured_endpoint_urls ?? "").trim().toLowerCase() === "true";
}

function servicesEntry(service: EndpointService, { profileName, profile, config }: ResolveEndpointOptions): string | undefined {
  const sectionName = profile.services?.trim();
  if (sectionName === undefined || sectionName === "") return undefined;
  const section = config.services[sectionName];
  if (section === undefined) {
    throw new MfaSessionError(
      `Profile ${profileName}: services = ${sectionName}, but there is no [services ${sectionName}] section. Add it or remove the services line.`, "CONFIG_INVALID",
    );
  }
  return section[service]?.endpoint_url;
}

function checkUrl(value: string, origin: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new MfaSessionError(`The ${origin} is not a URL. Write it as https://host[:port].`, "CONFIG_INVALID");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new MfaSessionError(`The ${origin} must start with https:// or http://.`, "CONFIG_INVALID");
  }
  return value;
}
