// Typed, validated reads of single profile settings. Messages name the profile and key, never the value.
import { MfaSessionError } from "../errors/MfaSessionError.js";
import type { AwsCredentials } from "./ResolvedProfile.js";
import type { Settings } from "./parseSharedConfig.js";

export function getStringSetting(settings: Settings, key: string): string | undefined {
  const value = settings[key]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

export function getIntegerSetting(
  profile: string,
  settings: Settings,
  key: string,
  range: { min: number; max: number },
): number | undefined {
  const raw = getStringSetting(settings, key);
  if (raw === undefined) return undefined;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < range.min || value > range.max) {
    throw new MfaSessionError(
      `Profile ${profile}: ${key} must be a whole number of seconds from ${range.min} to ${range.max}. Fix it in the profile.`, "CONFIG_INVALID",
    );
  }
  return value;
}

export function getBooleanSetting(profile: string, settings: Settings, key: string): boolean | undefined {
  const raw = getStringSetting(settings, key)?.toLowerCase();
  if (raw === undefined) return undefined;
  if (raw === "true") return true;
  if (raw === "false") return false;
  throw new MfaSessionError(`Profile ${profile}: ${key} must be true or false. Fix it in the profile.`, "CONFIG_INVALID");
}

/** The profile's own long-term keys, undefined when it has none; half a key pair is an error. */
export function getStaticCredentials(profile: string, settings: Settings): AwsCredentials | undefined {
  const accessKeyId = getStringSetting(settings, "aws_access_key_id");
  const secretAccessKey = getStringSetting(settings, "aws_secret_access_key");
  if (accessKeyId === undefined && secretAccessKey === undefined) return undefined;
  if (accessKeyId === undefined || secretAccessKey === undefined) {
    const missing = accessKeyId === undefined ? "aws_access_key_id" : "aws_secret_access_key";
    throw new MfaSessionError(`Profile ${profile}: ${missing} is missing; add it next to the other key (both are needed).`, "CONFIG_INVALID");
  }
  const sessionToken = getStringSetting(settings, "aws_session_token");
  return sessionToken === undefined ? { accessKeyId, secretAccessKey } : { accessKeyId, secretAccessKey, sessionToken };
}
