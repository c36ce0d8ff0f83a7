// The keys `mfa-session configure` and the extension's Configure Profile write into a
// credential_process profile. The source profile and role go under names of our own: an SDK that
// saw `source_profile` or `role_arn` there would act on them itself (the Go SDK v2 ignores
// credential_process once source_profile is set; botocore and the JS SDK assume role_arn
// themselves, skipping the MFA session).
export const SOURCE_PROFILE_KEY = "mfa_session_source_profile";
export const ROLE_ARN_KEY = "mfa_session_role_arn";
export const MFA_SERIAL_KEY = "mfa_serial";
export const CREDENTIAL_PROCESS_KEY = "credential_process";
export const STATIC_KEY_NAMES = ["aws_access_key_id", "aws_secret_access_key", "aws_session_token"] as const;
