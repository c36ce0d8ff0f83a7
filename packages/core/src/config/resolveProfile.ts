// Pure resolution of one profile: follows source_profile links to the profile whose credentials
// are used, picks up the role, MFA device and durations, and the region and endpoints.
//
// Rules (botocore's, plus mfa-session's own keys):
// - the asked profile with role_arn assumes that role from its source_profile's credentials
//   (source_profile may name itself when the profile also holds long-term keys);
// - a profile with long-term keys and no role_arn is its own source; further down the chain,
//   long-term keys win over role_arn, as in botocore;
// - the asked profile may have no role and just a source_profile (aws-vault style); its own
//   credential_process is then skipped, because it is typically mfa-session itself;
// - a credential_process is a source only when it does not run mfa-session;
// - in the asked profile, mfa_session_source_profile / mfa_session_role_arn stand in for
//   source_profile / role_arn (see withOwnKeys).
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { ProfileCycleError, ProfileNotFoundError } from "../errors/errors.js";
import type { Env } from "./Env.js";
import { isMfaSessionCredentialProcess } from "./isMfaSessionCredentialProcess.js";
import type { Settings, SharedConfig } from "./parseSharedConfig.js";
import { getLongTermKeysSource } from "./getLongTermKeysSource.js";
import { getBooleanSetting, getIntegerSetting, getStringSetting } from "./profileSettings.js";
import type { ResolvedProfile, RoleSpec, SourceCredentialsSpec } from "./ResolvedProfile.js";
import { resolveEndpoints } from "./resolveEndpoint.js";

export interface ResolveProfileOptions {
  env: Env;
}

export const DEFAULT_SESSION_DURATION_SECONDS = 43_200;
const SESSION_DURATION = { min: 900, max: 129_600 };
const ROLE_DURATION = { min: 900, max: 43_200 };
const ROLE_SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

export function resolveProfile(name: string, config: SharedConfig, options: ResolveProfileOptions): ResolvedProfile {
  const asked = withOwnKeys(config.profiles[name]);
  if (asked === undefined) throw profileNotFound(name, config);
  const chain = [name];
  const settingsChain = [asked];
  let current = name;
  let settings = asked;
  let role: RoleSpec | undefined;
  let source: SourceCredentialsSpec | undefined;

  while (source === undefined) {
    const isAsked = chain.length === 1;
    const keys = isAsked && getStringSetting(settings, "role_arn") !== undefined ? undefined : getLongTermKeysSource(current, settings);
    let next: string | undefined;
    if (keys !== undefined) {
      source = keys;
      break;
    } else if (getStringSetting(settings, "role_arn") !== undefined) {
      if (role !== undefined) throw secondRole(name, current, chain);
      role = readRole(current, settings);
      next = requireSourceProfile(current, settings);
      if (next === current) {
        const own = getLongTermKeysSource(current, settings);
        if (own === undefined) throw cycle(name, [...chain, current]);
        source = own;
        break;
      }
    } else if (isAsked && getStringSetting(settings, "source_profile") !== undefined) {
      next = getStringSetting(settings, "source_profile");
    } else if (getStringSetting(settings, "credential_process") !== undefined) {
      const command = getStringSetting(settings, "credential_process") ?? "";
      if (isMfaSessionCredentialProcess(command)) throw recursion(name, current);
      source = { kind: "process", profile: current, command };
      break;
    } else if (getStringSetting(settings, "source_profile") !== undefined) {
      next = getStringSetting(settings, "source_profile");
    } else {
      throw credentialsMissing(name, current, chain);
    }
    if (next === undefined) throw credentialsMissing(name, current, chain);
    if (chain.includes(next)) throw cycle(name, [...chain, next]);
    const nextSettings = config.profiles[next];
    if (nextSettings === undefined) throw sourceNotFound(name, current, next, config);
    chain.push(next);
    settingsChain.push(nextSettings);
    current = next;
    settings = nextSettings;
  }

  // mfa_serial, mfa_process and our own keys: the asked profile first, then along the chain.
  const owner = (key: string): { profile: string; settings: Settings } | undefined => {
    const index = settingsChain.findIndex((candidate) => getStringSetting(candidate, key) !== undefined);
    return index < 0 ? undefined : { profile: chain[index] ?? name, settings: settingsChain[index] ?? asked };
  };
  const first = (key: string): string | undefined => {
    const found = owner(key);
    return found === undefined ? undefined : getStringSetting(found.settings, key);
  };
  const durationOwner = owner("mfa_session_duration_seconds");
  const sessionDurationSeconds = durationOwner === undefined
    ? DEFAULT_SESSION_DURATION_SECONDS
    : getIntegerSetting(durationOwner.profile, durationOwner.settings, "mfa_session_duration_seconds", SESSION_DURATION) ?? DEFAULT_SESSION_DURATION_SECONDS;
  const directOwner = owner("mfa_session_assume_role_directly");
  if (directOwner !== undefined) {
    const direct = getBooleanSetting(directOwner.profile, directOwner.settings, "mfa_session_assume_role_directly");
    if (role !== undefined) role.assumeDirectly = direct ?? false;
  }

  const resolved: ResolvedProfile = {
    name,
    sourceProfile: source.profile,
    chain,
    source,
    sessionDurationSeconds,
    region: resolveRegion(name, asked, options.env),
    endpoints: resolveEndpoints({ profileName: name, profile: asked, config, env: options.env }),
  };
  const mfaSerial = first("mfa_serial");
  const mfaProcess = first("mfa_process");
  if (mfaSerial !== undefined) resolved.mfaSerial = mfaSerial;
  if (mfaProcess !== undefined) resolved.mfaProcess = mfaProcess;
  if (role !== undefined) resolved.role = role;
  const keysFile = getStaticKeysBesideCredentialProcess(name, asked, config);
  if (keysFile !== undefined) resolved.staticKeysBesideCredentialProcess = keysFile;
  return resolved;
}

/** The file holding the asked profile's aws_access_key_id when a credential_process sits beside it. */
function getStaticKeysBesideCredentialProcess(name: string, asked: Settings, config: SharedConfig): string | undefined {
  if (getStringSetting(asked, "aws_access_key_id") === undefined || getStringSetting(asked, "credential_process") === undefined) return undefined;
  const inCredentialsFile = config.credentialsFileProfiles?.[name]?.aws_access_key_id !== undefined;
  if (config.files === undefined) return inCredentialsFile ? "the credentials file" : "the config file";
  return inCredentialsFile ? config.files.credentialsFile : config.files.configFile;
}

function readRole(profile: string, settings: Settings): RoleSpec {
  const role: RoleSpec = { roleArn: getStringSetting(settings, "role_arn") ?? "", assumeDirectly: false };
  if (!role.roleArn.startsWith("arn:")) {
    throw new MfaSessionError(`Profile ${profile}: role_arn must be a role ARN (arn:aws:iam::123456789012:role/Name).`, "CONFIG_INVALID");
  }
  if (getStringSetting(settings, "credential_source") !== undefined && getStringSetting(settings, "source_profile") === undefined) {
    throw new MfaSessionError(
      `Profile ${profile}: credential_source is not supported by mfa-session. Use source_profile = <profile with long-term keys> instead.`, "CONFIG_INVALID",
    );
  }
  const externalId = getStringSetting(settings, "external_id");
  const roleSessionName = getStringSetting(settings, "role_session_name");
  const durationSeconds = getIntegerSetting(profile, settings, "duration_seconds", ROLE_DURATION);
  if (roleSessionName !== undefined && !ROLE_SESSION_NAME.test(roleSessionName)) {
    throw new MfaSessionError(
      `Profile ${profile}: role_session_name must be 2 to 64 letters, digits or any of _+=,.@- (no spaces).`, "CONFIG_INVALID",
    );
  }
  if (externalId !== undefined) role.externalId = externalId;
  if (roleSessionName !== undefined) role.roleSessionName = roleSessionName;
  if (durationSeconds !== undefined) role.durationSeconds = durationSeconds;
  return role;
}

function requireSourceProfile(profile: string, settings: Settings): string {
  const sourceProfile = getStringSetting(settings, "source_profile");
  if (sourceProfile !== undefined) return sourceProfile;
  if (getStringSetting(settings, "credential_source") !== undefined) {
    throw new MfaSessionError(
      `Profile ${profile}: credential_source is not supported by mfa-session. Use source_profile = <profile with long-term keys> instead.`, "CONFIG_INVALID",
    );
  }
  throw new MfaSessionError(
    `Profile ${profile}: role_arn needs a source_profile. Add source_profile = <profile with long-term keys> to [profile ${profile}].`, "CONFIG_INVALID",
  );
}

function resolveRegion(profile: string, settings: Settings, env: Env): string {
  const region = getStringSetting(settings, "region") ?? nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION) ?? "us-east-1";
  if (!/^[a-z0-9-]+$/.test(region)) {
    throw new MfaSessionError(`Profile ${profile}: region must look like us-east-1 (check region in the profile, AWS_REGION, AWS_DEFAULT_REGION).`, "CONFIG_INVALID");
  }
  return region;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}

function profileNotFound(name: string, config: SharedConfig): ProfileNotFoundError {
  const where = config.files ? `${config.files.configFile} or ${config.files.credentialsFile}` : "the AWS config files";
  return new ProfileNotFoundError(
    name,
    `Profile ${name} was not found in ${where}${knownProfiles(config)}. ` +
      `Create it with "aws configure --profile ${name}", or add a [profile ${name}] section to the config file ` +
      `(or a [${name}] section with aws_access_key_id and aws_secret_access_key to the credentials file).`,
  );
}

function sourceNotFound(name: string, from: string, missing: string, config: SharedConfig): ProfileNotFoundError {
  return new ProfileNotFoundError(
    missing,
    `Profile ${name}: source_profile ${missing} (named in profile ${from}) does not exist${knownProfiles(config)}. ` +
      `Create [profile ${missing}] with long-term keys, or point source_profile at an existing profile.`,
  );
}

function knownProfiles(config: SharedConfig): string {
  const names = Object.keys(config.profiles);
  if (names.length === 0) return " (no profiles are defined yet)";
  const shown = names.slice(0, 10).join(", ");
  return ` (known profiles: ${shown}${names.length > 10 ? ", ..." : ""})`;
}

function cycle(name: string, loop: string[]): ProfileCycleError {
  return new ProfileCycleError(
    loop,
    `Profile ${name}: source_profile chain loops ${loop.join(" -> ")}; ` +
      `point source_profile of one of them at a profile with long-term keys (aws_access_key_id, aws_secret_access_key).`,
  );
}

function secondRole(name: string, at: string, chain: string[]): MfaSessionError {
  return new MfaSessionError(
    `Profile ${name}: the source_profile chain ${[...chain].join(" -> ")} reaches a second role in profile ${at}; ` +
      `mfa-session assumes one role per profile. Point source_profile at the profile with long-term keys.`, "CONFIG_INVALID",
  );
}

function recursion(name: string, at: string): MfaSessionError {
  const subject = name === at ? `Profile ${name}` : `Profile ${name}: its source profile ${at}`;
  return new MfaSessionError(
    `${subject} gets its credentials from a credential_process that runs mfa-session itself, which would call itself forever. ` +
      `The source profile must have long-term keys (aws_access_key_id, aws_secret_access_key) or a different credential_process` +
      (name === at ? `; or add source_profile = <profile with long-term keys> to [profile ${name}].` : "."), "CREDENTIAL_PROCESS_RECURSION",
  );
}

function credentialsMissing(name: string, at: string, chain: string[]): MfaSessionError {
  const via = chain.length > 1 ? ` (reached through ${chain.join(" -> ")})` : "";
  return new MfaSessionError(
    `Profile ${name}: profile ${at}${via} has no credentials. Add aws_access_key_id and aws_secret_access_key for ${at} ` +
      `to the credentials file (aws configure --profile ${at}), or give it source_profile = <profile with keys>.`, "CREDENTIALS_MISSING",
  );
}

// mfa-session's own spellings in the asked profile (written by `configure`, helper D): an SDK that saw
// source_profile or role_arn beside credential_process would act on them itself (the Go SDK then
// ignores credential_process; botocore and the JS SDK assume the role without us).
function withOwnKeys(settings: Settings | undefined): Settings | undefined {
  if (settings === undefined) return undefined;
  const source = getStringSetting(settings, "mfa_session_source_profile");
  const role = getStringSetting(settings, "mfa_session_role_arn");
  return Object.assign(
    Object.create(null) as Settings,
    settings,
    source !== undefined && getStringSetting(settings, "source_profile") === undefined ? { source_profile: source } : {},
    role !== undefined && getStringSetting(settings, "role_arn") === undefined ? { role_arn: role } : {},
  );
}
