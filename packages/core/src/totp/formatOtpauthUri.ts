// The otpauth:// URI that authenticator apps scan, in the form IAM encodes in its QR codes:
// otpauth://totp/NAME@ACCOUNT?secret=SEED (plus issuer when given).

export interface OtpauthUriInput {
  seedBase32: string;
  accountName: string;
  issuer?: string;
}

export function formatOtpauthUri(input: OtpauthUriInput): string {
  const label = encodeURIComponent(input.accountName).replace(/%40/g, "@");
  const params = new URLSearchParams({ secret: input.seedBase32.replace(/=+$/, "") });
  if (input.issuer) params.set("issuer", input.issuer);
  return `otpauth://totp/${label}?${params.toString()}`;
}

export interface ParsedOtpauthUri {
  label: string;
  seedBase32: string;
  issuer?: string;
}

export function parseOtpauthUri(uri: string): ParsedOtpauthUri | undefined {
  const match = /^otpauth:\/\/totp\/([^?]*)\?(.*)$/.exec(uri.trim());
  if (!match) return undefined;
  const params = new URLSearchParams(match[2]);
  const secret = params.get("secret");
  if (!secret) return undefined;
  const issuer = params.get("issuer") ?? undefined;
  return { label: decodeURIComponent(match[1] ?? ""), seedBase32: secret.toUpperCase(), ...(issuer ? { issuer } : {}) };
}
