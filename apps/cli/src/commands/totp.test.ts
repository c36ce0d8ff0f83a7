import { ConfigError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { parseSeed } from "./totp.js";

describe(parseSeed.name, () => {
  it("accepts a Base32 seed with spaces, lower case and padding", () => {
    expect(parseSeed(" jbsw y3dp ehpk 3pxp====\n", "f")).toBe("JBSWY3DPEHPK3PXP");
  });

  it("accepts an otpauth:// URI", () => {
    expect(parseSeed("otpauth://totp/a@b?secret=JBSWY3DPEHPK3PXP&issuer=x", "f")).toBe("JBSWY3DPEHPK3PXP");
  });

  it("refuses other text without echoing it", () => {
    const error = (() => { try { parseSeed("not-a-seed!", "/s"); } catch (e) { return e as Error; } return undefined; })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.message).not.toContain("not-a-seed");
  });
});
