// Pure parse of a credential_process's stdout (the Version 1 JSON) into credentials. Messages
// never quote the output: it holds secret keys.
import { MfaSessionError } from "../errors/MfaSessionError.js";
import type { AwsCredentials } from "./ResolvedProfile.js";

export interface ParseProcessCredentialsOptions {
  /** Names the source in messages, e.g. "Profile base: credential_process". */
  subject: string;
  nowMs: number;
}

export function parseProcessCredentials(stdout: string, { subject, nowMs }: ParseProcessCredentialsOptions): AwsCredentials {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    throw invalid(subject, "its output is not JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw invalid(subject, "its output is not a JSON object");
  const json = parsed as Record<string, unknown>;
  if (json.Version !== 1) throw invalid(subject, "Version must be 1");
  const accessKeyId = requireString(json, "AccessKeyId", subject);
  const secretAccessKey = requireString(json, "SecretAccessKey", subject);
  const credentials: AwsCredentials = { accessKeyId, secretAccessKey };
  if (json.SessionToken !== undefined && json.SessionToken !== null) {
    credentials.sessionToken = requireString(json, "SessionToken", subject);
  }
  if (json.Expiration !== undefined && json.Expiration !== null) {
    const text = requireString(json, "Expiration", subject);
    const expiration = new Date(text);
    if (Number.isNaN(expiration.getTime())) throw invalid(subject, "Expiration must be an RFC 3339 date such as 2030-01-01T00:00:00Z");
    if (expiration.getTime() <= nowMs) {
      throw new MfaSessionError(
        `${subject} returned credentials that expired at ${expiration.toISOString()}. Refresh whatever it reads from, then try again.`, "CREDENTIAL_PROCESS_FAILED",
      );
    }
    credentials.expiration = expiration;
  }
  return credentials;
}

function requireString(json: Record<string, unknown>, key: string, subject: string): string {
  const value = json[key];
  if (typeof value !== "string" || value.trim() === "") throw invalid(subject, `${key} must be a non-empty string`);
  return value;
}

function invalid(subject: string, problem: string): MfaSessionError {
  return new MfaSessionError(
    `${subject} printed credentials mfa-session cannot use: ${problem}. ` +
      `It must print {"Version": 1, "AccessKeyId": ..., "SecretAccessKey": ..., "SessionToken": ..., "Expiration": ...} on stdout.`, "CREDENTIAL_PROCESS_FAILED",
  );
}
