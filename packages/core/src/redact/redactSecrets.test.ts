import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redactSecrets } from "./redactSecrets.js";

const SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
const SESSION_TOKEN = "FwoGZXIvYXdzEJr//////////wEaDLnGk1s8Ixv2Rn0pHSKGATrEXAMPLE==";
const SEED = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

describe(redactSecrets.name, () => {
  it("masks access key ids, secret keys, session tokens, seeds, codes and otpauth URIs", () => {
    const line = [
      "key AKIAIOSFODNN7EXAMPLE",
      `secret ${SECRET_KEY}`,
      `token ${SESSION_TOKEN}`,
      `seed ${SEED}`,
      "code 123456",
      "uri otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP",
    ].join(" ");
    const redacted = redactSecrets(line);
    for (const secret of ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI", "FwoGZXIvYXdzEJr", "JBSWY3DPEHPK3PXP", "123456", "otpauth://totp/alice"]) {
      expect(redacted).not.toContain(secret);
    }
  });

  it("masks secrets by their shape wherever they sit: after =, :, _ or a quote, in JSON, at the start or end", () => {
    expect(redactSecrets(`aws_secret_access_key=${SECRET_KEY}`)).toBe("aws_secret_access_key=[redacted]");
    expect(redactSecrets(`{"SecretAccessKey":"${SECRET_KEY}","SessionToken":"${SESSION_TOKEN}"}`)).toBe('{"SecretAccessKey":"[redacted]","SessionToken":"[redacted]"}');
    expect(redactSecrets(`seed_${SEED}`)).toBe("seed_[redacted]");
    expect(redactSecrets("JBSWY3DPEHPK3PXP")).toBe("[redacted]");
    expect(redactSecrets("oathtool -b jbswy3dpehpk3pxp")).toBe("oathtool -b [redacted]");
  });

  it("masks random secret keys and session tokens, not only the documentation's examples", () => {
    for (let i = 0; i < 2000; i++) {
      const key = randomBytes(30).toString("base64");
      const token = randomBytes(300).toString("base64");
      const seed = randomBytes(10).toString("hex").toUpperCase().replace(/[0189]/g, "A");
      expect(redactSecrets(`key ${key} token ${token}`)).toBe("key [redacted] token [redacted]");
      expect(redactSecrets(`seed ${seed}`)).not.toContain(seed);
    }
  });

  it("masks a six-digit code next to an underscore, letters or punctuation, and in the 123 456 form apps show", () => {
    expect(redactSecrets("totp_123456")).toBe("totp_[redacted]");
    expect(redactSecrets("code123456 rejected")).toBe("code[redacted] rejected");
    expect(redactSecrets("code=123456, code:654321.")).toBe("code=[redacted], code:[redacted].");
    expect(redactSecrets("the code 123 456 was refused")).toBe("the code [redacted] was refused");
  });

  it("keeps account ids and other long numbers, profile names, ARNs, times and pids readable", () => {
    const line = "profile work: session for arn:aws:iam::123456789012:mfa/alice until 2026-01-01T12:00:00.000Z (pid 4242), account 123456789012";
    expect(redactSecrets(line)).toBe(line);
    expect(redactSecrets("Signature expired: 20260101T120000Z is now earlier than 20260101T121500Z")).toBe("Signature expired: 20260101T120000Z is now earlier than 20260101T121500Z");
    expect(redactSecrets("printed more than 1048576 bytes, 1234567 and 12345678")).toBe("printed more than 1048576 bytes, 1234567 and 12345678");
  });

  it("keeps setting names, error names and ordinary words of any length", () => {
    const line =
      "Profile a: Set mfa_session_source_profile to the profile that holds your long-term keys; " +
      "mfa_session_duration_seconds, credential_process, AuthenticationCode, InvalidClientTokenId, " +
      "MultiFactorAuthentication failed, CREDENTIAL_PROCESS_RECURSION, internationalization, " +
      "getSessionTokenWithMfaSerialNumber, /Users/JohnSmith/Library/ApplicationSupport/Code/User/globalStorage";
    expect(redactSecrets(line)).toBe(line);
  });

  it("keeps an AWS error's name and message in a cause chain (the extension's log once read 'caused by [redacted]')", () => {
    const line = "InvalidMfaCodeError [INVALID_MFA_CODE]: MFA device arn:aws:iam::123456789012:mfa/alice: the authentication codes were refused. <- caused by InvalidAuthenticationCodeException: Authentication code for device is not valid.";
    expect(redactSecrets(line)).toBe(line);
    for (const name of ["InvalidAuthenticationCode", "EntityTemporarilyUnmodifiableException", "ExpiredTokenException", "AccessDenied"]) expect(redactSecrets(`caused by ${name}: x`)).toBe(`caused by ${name}: x`);
  });

  it("leaves a line with nothing secret unchanged", () => {
    expect(redactSecrets("")).toBe("");
    expect(redactSecrets("mfa-session: Profile dev was not found.")).toBe("mfa-session: Profile dev was not found.");
  });
});
