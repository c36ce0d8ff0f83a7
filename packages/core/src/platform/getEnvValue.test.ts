import { describe, expect, it } from "vitest";
import { getEnvValue } from "./getEnvValue.js";

describe(getEnvValue.name, () => {
  it("finds a Windows variable whatever the case it is spelt in", () => {
    expect(getEnvValue({ SYSTEMROOT: "C:\\Windows" }, "SystemRoot", "win32")).toBe("C:\\Windows");
    expect(getEnvValue({ UserProfile: "C:\\Users\\me" }, "USERPROFILE", "win32")).toBe("C:\\Users\\me");
  });

  it("keeps names case-sensitive elsewhere", () => {
    expect(getEnvValue({ home: "/x" }, "HOME", "linux")).toBeUndefined();
    expect(getEnvValue({ HOME: "/x" }, "HOME", "darwin")).toBe("/x");
  });
});
