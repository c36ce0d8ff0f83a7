import { describe, expect, it } from "vitest";
import { getBooleanSetting, getIntegerSetting, getStaticCredentials, getStringSetting } from "./profileSettings.js";

describe(getStringSetting.name, () => {
  it("trims values and treats empty ones as unset", () => {
    expect(getStringSetting({ a: "  x " }, "a")).toBe("x");
    expect(getStringSetting({ a: " " }, "a")).toBeUndefined();
  });
});

describe(getIntegerSetting.name, () => {
  it("accepts whole numbers in range only", () => {
    const range = { min: 900, max: 3600 };
    expect(getIntegerSetting("p", { d: "900" }, "d", range)).toBe(900);
    expect(getIntegerSetting("p", {}, "d", range)).toBeUndefined();
    for (const bad of ["899", "3601", "1e3", "-900", "900.5"]) {
      expect(() => getIntegerSetting("p", { d: bad }, "d", range)).toThrow(/Profile p: d must be a whole number/);
    }
  });
});

describe(getBooleanSetting.name, () => {
  it("accepts true and false in any case", () => {
    expect(getBooleanSetting("p", { b: "True" }, "b")).toBe(true);
    expect(getBooleanSetting("p", { b: "false" }, "b")).toBe(false);
    expect(() => getBooleanSetting("p", { b: "1" }, "b")).toThrow(/true or false/);
  });
});

describe(getStaticCredentials.name, () => {
  it("returns the key pair, with a session token when present", () => {
    expect(getStaticCredentials("p", {})).toBeUndefined();
    expect(getStaticCredentials("p", { aws_access_key_id: "A", aws_secret_access_key: "S", aws_session_token: "T" })).toEqual({
      accessKeyId: "A",
      secretAccessKey: "S",
      sessionToken: "T",
    });
    expect(() => getStaticCredentials("p", { aws_secret_access_key: "S" })).toThrow(/aws_access_key_id is missing/);
  });
});
