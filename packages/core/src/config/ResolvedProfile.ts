// What profile resolution hands the session engine: everything needed to get credentials for one
// profile, with the source_profile chain already followed. Produced by resolveProfile (config/),
// consumed by the session flows (session/). Contract shared by both; change with care.

/** Long-term (or otherwise non-MFA) credentials of the source profile. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  /** Set when the credentials themselves expire (e.g. they came from a credential_process). */
  expiration?: Date;
}

/** Where the source credentials come from; resolved lazily because a credential_process costs a spawn. */
export type SourceCredentialsSpec =
  | { kind: "static"; profile: string; credentials: AwsCredentials }
  | { kind: "process"; profile: string; command: string }
  /** Keys in the OS keychain (mfa_session_key_store = keychain); the id comes from the config file, the secret only on a miss. */
  | { kind: "keychain"; profile: string; accessKeyId: string };

export interface RoleSpec {
  roleArn: string;
  externalId?: string;
  roleSessionName?: string;
  /** duration_seconds from the profile; capped at 3600 when chained from an MFA session. */
  durationSeconds?: number;
  /**
   * false (default): AssumeRole from the cached MFA session (one code serves all roles; role chaining caps 1 h).
   * true: AssumeRole directly from the source keys with SerialNumber/TokenCode (longer role sessions, a code per role).
   */
  assumeDirectly: boolean;
}

export interface ResolvedProfile {
  /** The profile that was asked for. */
  name: string;
  /** The profile whose long-term keys are used (end of the source_profile chain). */
  sourceProfile: string;
  /** The chain walked, from `name` to `sourceProfile`, for messages. */
  chain: string[];
  source: SourceCredentialsSpec;
  /** ARN (or serial) of the MFA device; undefined when none is configured anywhere on the chain. */
  mfaSerial?: string;
  /** mfa_process from the profile (aws-vault compatible): a shell command whose stdout is the code. */
  mfaProcess?: string;
  /** GetSessionToken duration: mfa_session_duration_seconds (ours), default 43200. */
  sessionDurationSeconds: number;
  role?: RoleSpec;
  region: string;
  /**
   * The file holding aws_access_key_id in the asked profile when that profile also has a credential_process:
   * AWS tools then use the keys and never call it (session/getProfileWarnings.ts says so). Undefined otherwise.
   */
  staticKeysBesideCredentialProcess?: string;
  /** Endpoint overrides per service, resolved as the AWS SDK does (env > services section > endpoint_url). */
  endpoints: { sts?: string; iam?: string; ec2?: string };
}
