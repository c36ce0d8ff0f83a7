import { describe, expect, it } from "vitest";
import { normalizeMfaCode, parseMfaCode } from "./parseMfaCode.js";

describe(parseMfaCode.name, () => {
  it("returns the six digits, with the space authenticator apps show between the groups or around them", () => {
    expect(parseMfaCode("123456", "Profile dev")).toBe("123456");
    expect(parseMfaCode(" 123456\n", "Profile dev")).toBe("123456");
    expect(parseMfaCode("123 456", "Profile dev")).toBe("123456");
    // Copied from an app or a web page: a no-break or thin space.
    expect(parseMfaCode("123\u00a0456", "Profile dev")).toBe("123456");
    expect(parseMfaCode("123\u202f456", "Profile dev")).toBe("123456");
  });

  it.each(["", "12345", "1234567", "123-456", "12 34 56", "-123456", "+123456", "12345a", "１２３４５６", "123456789012"])(
    "refuses %j with a message that names the subject and the form, without echoing the input",
    (input) => {
      let message = "";
      try {
        parseMfaCode(input, "Profile dev");
      } catch (error) {
        expect(error).toMatchObject({ code: "INVALID_MFA_CODE" });
        message = (error as Error).message;
      }
      expect(message).toMatch(/^Profile dev: /);
      if (input.trim() !== "") expect(message).not.toContain(input.trim());
      expect(message).toMatch(/[^.]\.$/);
    },
  );
});

describe(normalizeMfaCode.name, () => {
  it("gives the code in its one form, or undefined for anything that is not a code", () => {
    expect(normalizeMfaCode("123 456")).toBe("123456");
    expect(normalizeMfaCode("000000")).toBe("000000");
    expect(normalizeMfaCode("123-456")).toBeUndefined();
    expect(normalizeMfaCode("12345")).toBeUndefined();
  });
});
