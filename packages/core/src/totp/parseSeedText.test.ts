import { describe, expect, it } from "vitest";
import { parseSeedText } from "./parseSeedText.js";

function errorOf(text: string): Error | undefined {
  try {
    parseSeedText(text, "/s");
  } catch (error) {
    return error as Error;
  }
  return undefined;
}

describe(parseSeedText.name, () => {
  it("accepts a Base32 seed with spaces, lower case and padding", () => {
    expect(parseSeedText(" jbsw y3dp ehpk 3pxp====\n", "f")).toBe("JBSWY3DPEHPK3PXP");
  });

  it("accepts an otpauth:// URI", () => {
    expect(parseSeedText("otpauth://totp/a@b?secret=JBSWY3DPEHPK3PXP&issuer=x", "f")).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses other text without echoing it", () => {
    const error = errorOf("not-a-seed!");
    expect(error).toMatchObject({ code: "CONFIG_INVALID" });
    expect(error?.message).toContain("Seed file /s");
    expect(error?.message).not.toContain("not-a-seed");
  });

  it("refuses a Base32 seed shorter than 80 bits", () => {
    expect(errorOf("JBSWY3DPEHPK")).toMatchObject({ code: "CONFIG_INVALID" });
  });

  it("refuses an otpauth:// URI without a secret and does not echo it", () => {
    const error = errorOf("otpauth://totp/a@b?issuer=secretive");
    expect(error).toMatchObject({ code: "CONFIG_INVALID" });
    expect(error?.message).toContain("otpauth://");
    expect(error?.message).not.toContain("secretive");
  });
});
