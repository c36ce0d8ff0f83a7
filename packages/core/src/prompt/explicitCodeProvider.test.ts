import { describe, expect, it } from "vitest";
import { InvalidMfaCodeError } from "../errors/errors.js";
import { createExplicitCodeProvider, explicitCodeProviderOptions } from "./explicitCodeProvider.js";

const request = { profile: "work", mfaSerial: "arn:aws:iam::123456789012:mfa/a", reason: "test", attempt: 1 };

describe(createExplicitCodeProvider.name, () => {
  it("hands out its code once and is non-interactive", async () => {
    expect(await createExplicitCodeProvider("123456")(request)).toBe("123456");
    expect(explicitCodeProviderOptions.interactive).toBe(false);
  });

  it("refuses to offer the same code after STS refused it, without echoing it", async () => {
    const error = await createExplicitCodeProvider("123456")({ ...request, attempt: 2, previousError: "invalid" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidMfaCodeError);
    expect((error as Error).message).not.toContain("123456");
  });
});
