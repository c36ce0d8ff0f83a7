import { describe, expect, it } from "vitest";
import { getEnvKey, getEnvValue } from "./getEnvValue.js";

describe(getEnvValue.name, () => {
  it("reads Path as PATH on Windows, whatever its case", () => {
    expect(getEnvValue({ Path: "C:\\bin" }, "PATH", "win32")).toBe("C:\\bin");
    expect(getEnvKey({ comspec: "C:\\cmd.exe" }, "ComSpec", "win32")).toBe("comspec");
  });

  it("keeps names case-sensitive elsewhere", () => {
    expect(getEnvValue({ Path: "/bin" }, "PATH", "linux")).toBeUndefined();
    expect(getEnvValue({ PATH: "/bin" }, "PATH", "darwin")).toBe("/bin");
  });
});
