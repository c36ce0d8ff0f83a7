// What `mfa-session configure` and the extension's Configure Profile must change, decided from the
// two files' text alone (pure): the edits to the config file, warnings, or an error that says why
// this profile cannot be written (it would make the SDKs skip MFA or call mfa-session in a loop).
import { isMfaSessionCredentialProcess } from "../config/isMfaSessionCredentialProcess.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { UsageError } from "../errors/errors.js";
import {
  CREDENTIAL_PROCESS_KEY, MFA_SERIAL_KEY, ROLE_ARN_KEY, SOURCE_PROFILE_KEY, STATIC_KEY_NAMES,
} from "./credentialProcessProfileKeys.js";
import { findSection, type ConfigSectionEdit } from "./setConfigValues.js";
import { parseConfigDocument, type ConfigDocument } from "./parseConfigDocument.js";

export interface CredentialProcessProfileRequest {
  profile: string;
  sourceProfile: string;
  mfaSerial?: string;
  roleArn?: string;
  /** The credential_process line to write (already quoted). */
  credentialProcess: string;
  /** Replace a credential_process that is not ours (the extension: the user confirms the diff). */
  force?: boolean;
  /** Overwrite an mfa_serial already on the profile instead of keeping it with a warning. */
  replaceMfaSerial?: boolean;
  /** Written as the profile's region (the STS endpoint and the tools' default). */
  region?: string;
}

export interface CredentialProcessProfilePlan {
  edits: ConfigSectionEdit[];
  warnings: string[];
}

const PROFILE_NAME = /^[\w.@+=,-]{1,128}$/;
/** What a profile name written into a command line must be, as messages say it. */
export const PROFILE_NAME_RULE = "letters, digits and . _ - @ + = , only";

/** A profile name that goes into a command line (credential_process, a terminal) without quoting. */
export function isPlainProfileName(value: string): boolean {
  return PROFILE_NAME.test(value);
}
// A virtual device's ARN, or a hardware token's serial number (which is never an ARN).
const MFA_SERIAL = /^(?:arn:aws[\w-]*:iam::\d{12}:mfa\/[\w+=,.@/-]+|(?!arn:)[\w+=/:,.@-]{9,256})$/;
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

/** What a profile's region must be, as messages say it (core's error, the extension's region box). */
export const REGION_RULE = "a region's name like us-east-1";
/** What mfa_serial may hold, as messages say it (core's error, the extension's device box). */
export const MFA_SERIAL_RULE = "an ARN like arn:aws:iam::123456789012:mfa/NAME, or a hardware serial number";

/** A region's name as the profile's region takes it: us-east-1, eu-central-2, us-gov-west-1. */
export function isRegionName(value: string): boolean {
  return REGION.test(value);
}

/** An MFA device's ARN (arn:aws:iam::123456789012:mfa/NAME) or a hardware serial number: what mfa_serial may hold. */
export function isMfaSerial(value: string): boolean {
  return MFA_SERIAL.test(value);
}
const ROLE_ARN = /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

export function planCredentialProcessProfile(configText: string, credentialsText: string, request: CredentialProcessProfileRequest): CredentialProcessProfilePlan {
  const { profile, sourceProfile } = request;
  for (const [what, name] of [["Profile name", profile], ["Source profile name", sourceProfile]] as const) {
    if (!isPlainProfileName(name)) throw new UsageError(`${what} "${name}" must be ${PROFILE_NAME_RULE} (it goes into a command line).`);
  }
  if (profile === sourceProfile) {
    throw new MfaSessionError(`Profile ${profile}: the source profile must be a different profile, the one holding your long-term keys; a profile cannot be its own source.`, "CREDENTIAL_PROCESS_RECURSION");
  }
  if (request.mfaSerial !== undefined && !isMfaSerial(request.mfaSerial)) {
    throw new UsageError(`Profile ${profile}: the MFA device must be ${MFA_SERIAL_RULE}.`);
  }
  if (request.region !== undefined && !isRegionName(request.region)) {
    throw new UsageError(`Profile ${profile}: the region must be ${REGION_RULE}.`);
  }
  if (request.roleArn !== undefined && !ROLE_ARN.test(request.roleArn)) {
    throw new UsageError(`Profile ${profile}: the role must be an ARN like arn:aws:iam::123456789012:role/NAME.`);
  }
  const config = parseConfigDocument(configText);
  const credentials = parseConfigDocument(credentialsText);
  const target = readProfile(config, credentials, profile);
  const source = readProfile(config, credentials, sourceProfile);
  const warnings: string[] = [];

  if (STATIC_KEY_NAMES.some((key) => target.has(key))) {
    throw new MfaSessionError(`Profile ${profile} holds static keys (aws_access_key_id); mfa-session never writes credential_process next to them, because the SDKs would use the keys and skip MFA. Choose a new name, e.g. ${profile}-mfa, with ${profile} as its source profile.`, "CONFIG_INVALID");
  }
  if (target.has("role_arn") || target.has("source_profile")) {
    throw new MfaSessionError(`Profile ${profile} has role_arn or source_profile, so the AWS SDKs would assume the role themselves and never call credential_process. Choose a new profile name, or remove those keys first.`, "CONFIG_INVALID");
  }
  const existingProcess = target.get(CREDENTIAL_PROCESS_KEY);
  if (existingProcess !== undefined && !isOurCredentialProcess(existingProcess, profile) && !request.force) {
    throw new MfaSessionError(`Profile ${profile} already has a credential_process that is not mfa-session`, "CONFIG_INVALID", {
      hint: { kind: "replace-credential-process", profile }, nextStep: "replace it only on purpose, or choose another profile name",
    });
  }
  if (source.size === 0) {
    throw new MfaSessionError(`Profile ${sourceProfile} (the source profile) was found in neither the config nor the credentials file; add its access keys with \`aws configure --profile ${sourceProfile}\` first.`, "CONFIG_INVALID");
  }
  const sourceProcess = source.get(CREDENTIAL_PROCESS_KEY);
  if (sourceProcess !== undefined && isMfaSessionCredentialProcess(sourceProcess)) {
    throw new MfaSessionError(`Profile ${sourceProfile} gets its credentials from mfa-session itself, so it cannot be the source of ${profile}; use the profile that holds the long-term access keys.`, "CREDENTIAL_PROCESS_RECURSION");
  }
  if (!STATIC_KEY_NAMES.slice(0, 2).every((key) => source.has(key)) && sourceProcess === undefined) {
    warnings.push(`Profile ${sourceProfile} has no aws_access_key_id/aws_secret_access_key yet; add them with \`aws configure --profile ${sourceProfile}\`.`);
  }
  const existingSerial = target.get(MFA_SERIAL_KEY);
  if (request.mfaSerial === undefined && existingSerial === undefined && !source.has(MFA_SERIAL_KEY)) {
    throw new UsageError(`Profile ${profile} has no mfa_serial, and neither has its source profile ${sourceProfile}`, {
      hint: { kind: "give-mfa-serial", profile }, nextStep: "give the ARN of your MFA device, or set one up first",
    });
  }
  const keepSerial = !request.replaceMfaSerial;
  if (keepSerial && request.mfaSerial !== undefined && existingSerial !== undefined && existingSerial !== request.mfaSerial) {
    warnings.push(`Profile ${profile} already has mfa_serial = ${existingSerial}; it was kept (edit the file to change it).`);
  }
  const set = [
    { key: SOURCE_PROFILE_KEY, value: sourceProfile },
    ...(request.mfaSerial !== undefined ? [{ key: MFA_SERIAL_KEY, value: request.mfaSerial, ...(keepSerial ? { onlyIfMissing: true } : {}) }] : []),
    ...(request.roleArn !== undefined ? [{ key: ROLE_ARN_KEY, value: request.roleArn }] : []),
    ...(request.region !== undefined ? [{ key: "region", value: request.region }] : []),
    { key: CREDENTIAL_PROCESS_KEY, value: request.credentialProcess },
  ];
  return { edits: [{ section: configSectionName(profile), set }], warnings };
}

/**
 * The config file's section for a profile: `[default]` or `[profile NAME]`, with NAME double-quoted
 * when botocore's shell-word split would not give it back as it is (spaces, quotes, backslashes).
 */
export function configSectionName(profile: string): string {
  if (profile === "default") return "default";
  return /^[^\s"'\\]+$/.test(profile) ? `profile ${profile}` : `profile "${profile.replace(/["\\]/g, "\\$&")}"`;
}

/** The profile's keys from both files (the credentials file wins, as in the SDKs). */
function readProfile(config: ConfigDocument, credentials: ConfigDocument, profile: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const [document, section] of [[config, configSectionName(profile)], [credentials, profile]] as const) {
    const block = findSection(document, section);
    for (const key of block?.keys ?? []) values.set(key.key, key.value);
    if (block && values.size === 0) values.set("", "");
  }
  return values;
}

function isOurCredentialProcess(line: string, profile: string): boolean {
  return isMfaSessionCredentialProcess(line) && new RegExp(`--profile\\s+"?${profile.replace(/[.+=]/g, "\\$&")}"?(?:\\s|$)`).test(line);
}
