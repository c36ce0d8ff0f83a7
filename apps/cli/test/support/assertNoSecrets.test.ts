import { describe, expect, it } from "vitest";
import { generateTotp } from "@mfa-session/core";
import { addSecret, addSeed, assertNoSecrets, createKnownSecrets } from "./assertNoSecrets.js";

describe(assertNoSecrets.name, () => {
  const seed = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  it("finds a secret key anywhere in the text", () => {
    const secrets = createKnownSecrets();
    addSecret(secrets, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
    expect(() => assertNoSecrets("error: key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n", secrets, "stderr")).toThrow(/stderr/);
  });

  it("finds the seed and a current code, without printing them", () => {
    const secrets = createKnownSecrets();
    addSeed(secrets, seed);
    const code = generateTotp(seed, { timeMs: Date.now() });
    const error = (() => { try { assertNoSecrets(`typed ${code}`, secrets, "log"); } catch (e) { return e as Error; } return undefined; })();
    expect(error?.message).toMatch(/MFA code/);
    expect(error?.message).not.toContain(code);
    expect(() => assertNoSecrets(`seed ${seed}`, secrets, "log")).toThrow(/secret/);
  });

  it("passes clean text, and digits inside a longer number", () => {
    const secrets = createKnownSecrets();
    addSeed(secrets, seed);
    const code = generateTotp(seed, { timeMs: Date.now() });
    expect(() => assertNoSecrets(`arn:aws:iam::9${code}99999:mfa/x`, secrets, "stderr")).not.toThrow();
  });
});
