import { describe, expect, it } from "vitest";
import { getEnvKey, getEnvValue } from "./getEnvValue.js";

describe(getEnvValue.name, () => {
  it("finds a Windows variable whatever the case it is spelt in", () => {
    expect(getEnvValue({ SYSTEMROOT: "C:\\Windows" }, "SystemRoot", "win32")).toBe("C:\\Windows");
    expect(getEnvValue({ UserProfile: "C:\\Users\\me" }, "USERPROFILE", "win32")).toBe("C:\\Users\\me");
    expect(getEnvValue({ Path: "C:\\bin" }, "PATH", "win32")).toBe("C:\\bin");
  });

  it("names the key as it is spelt, on Windows", () => {
    expect(getEnvKey({ comspec: "C:\\cmd.exe" }, "ComSpec", "win32")).toBe("comspec");
    expect(getEnvKey({ ComSpec: "C:\\cmd.exe", comspec: "D:\\x" }, "ComSpec", "win32")).toBe("ComSpec");
    expect(getEnvKey({}, "ComSpec", "win32")).toBeUndefined();
  });

  it("keeps names case-sensitive elsewhere", () => {
    expect(getEnvValue({ home: "/x" }, "HOME", "linux")).toBeUndefined();
    expect(getEnvValue({ HOME: "/x" }, "HOME", "darwin")).toBe("/x");
    expect(getEnvKey({ Path: "/bin" }, "PATH", "linux")).toBeUndefined();
  });
});
