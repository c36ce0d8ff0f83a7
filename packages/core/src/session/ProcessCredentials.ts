// Credentials handed to callers, and their credential_process Version 1 rendering.

export interface SessionCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
}

/** The credential_process output contract (Version 1). */
export interface ProcessCredentialsJson {
  Version: 1;
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  /** RFC 3339, UTC, with Z. */
  Expiration: string;
}

export function formatProcessCredentials(credentials: SessionCredentials): ProcessCredentialsJson {
  return {
    Version: 1,
    AccessKeyId: credentials.accessKeyId,
    SecretAccessKey: credentials.secretAccessKey,
    SessionToken: credentials.sessionToken,
    Expiration: credentials.expiration.toISOString().replace(/\.\d{3}Z$/, "Z"),
  };
}
