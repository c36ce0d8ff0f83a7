// The text stored as the keychain entry's secret: a small JSON object holding the key pair, so one
// entry is one profile's keys. Pure; messages never quote the text.
import type { AwsCredentials } from "../config/ResolvedProfile.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";

type KeyPair = Pick<AwsCredentials, "accessKeyId" | "secretAccessKey">;

export function formatKeychainEntry(keys: KeyPair): string {
  return JSON.stringify({ Version: 1, AccessKeyId: keys.accessKeyId, SecretAccessKey: keys.secretAccessKey });
}

export function parseKeychainEntry(text: string, profile: string): KeyPair {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const entry = parsed as { Version?: unknown; AccessKeyId?: unknown; SecretAccessKey?: unknown } | undefined;
  if (entry === undefined || entry === null || typeof entry !== "object" || entry.Version !== 1 ||
    typeof entry.AccessKeyId !== "string" || entry.AccessKeyId === "" || typeof entry.SecretAccessKey !== "string" || entry.SecretAccessKey === "") {
    throw new MfaSessionError(
      `Profile ${profile}: the OS keychain entry (service mfa-session, account ${profile}) is not one mfa-session wrote. ` +
        `Store the keys again with "mfa-session keys add --profile ${profile}".`, "CONFIG_INVALID",
    );
  }
  return { accessKeyId: entry.AccessKeyId, secretAccessKey: entry.SecretAccessKey };
}
