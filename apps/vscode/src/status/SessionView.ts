// What the extension shows about one cached session: non-secret facts only (never the keys).

export interface SessionView {
  /** Profile that created the session. */
  profile: string;
  kind: "mfa-session" | "role";
  expiration: Date;
  /** Cache key, to renew or remove exactly this entry. */
  key: string;
  mfaSerial?: string;
  roleArn?: string;
}
