import { describe, expect, it } from "vitest";
import { redactSecrets } from "./redactSecrets.js";

describe(redactSecrets.name, () => {
  it("masks access key ids, secret keys, session tokens, seeds, codes and otpauth URIs", () => {
    const line = [
      "key AKIAIOSFODNN7EXAMPLE",
      "secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "token FwoGZXIvYXdzEJr//////////wEaDLnGk1s8Ixv2Rn0pHSKGATrEXAMPLE==",
      "seed JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
      "code 123456",
      "uri otpauth://totp/alice?secret=JBSWY3DPEHPK3PXP",
    ].join(" ");
    const redacted = redactSecrets(line);
    for (const secret of ["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI", "FwoGZXIvYXdzEJr", "JBSWY3DPEHPK3PXP", "123456", "otpauth://totp/alice"]) {
      expect(redacted).not.toContain(secret);
    }
  });

  it("keeps profile names, account ids, ARNs and times readable", () => {
    const line = "profile work: session for arn:aws:iam::123456789012:mfa/alice until 2026-01-01T12:00:00.000Z (pid 4242)";
    expect(redactSecrets(line)).toBe(line);
  });
});
