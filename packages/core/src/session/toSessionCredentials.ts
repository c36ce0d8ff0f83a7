// STS answers (GetSessionToken, AssumeRole) carry credentials in the same shape; this keeps STS's own
// Expiration (never local now + duration) so a skewed local clock cannot stretch a session.
import { AwsServiceError } from "../errors/errors.js";
import type { SessionCredentials } from "./ProcessCredentials.js";

export interface StsCredentialsShape {
  AccessKeyId?: string | undefined;
  SecretAccessKey?: string | undefined;
  SessionToken?: string | undefined;
  Expiration?: Date | undefined;
}

export function toSessionCredentials(credentials: StsCredentialsShape | undefined, subject: string): SessionCredentials {
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = credentials ?? {};
  if (!AccessKeyId || !SecretAccessKey || !SessionToken || !(Expiration instanceof Date) || Number.isNaN(Expiration.getTime())) {
    throw new AwsServiceError("IncompleteCredentials", `${subject}: STS answered without complete credentials; check the STS endpoint, then try again.`);
  }
  return { accessKeyId: AccessKeyId, secretAccessKey: SecretAccessKey, sessionToken: SessionToken, expiration: Expiration };
}
