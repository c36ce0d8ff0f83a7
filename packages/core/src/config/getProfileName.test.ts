import { describe, expect, it } from "vitest";
import { findProfileName, getProfileName } from "./getProfileName.js";

describe(getProfileName.name, () => {
  it("prefers the explicit name over the environment", () => {
    expect(getProfileName("work", { AWS_PROFILE: "env", AWS_DEFAULT_PROFILE: "old" })).toBe("work");
  });

  it("uses AWS_PROFILE before AWS_DEFAULT_PROFILE", () => {
    expect(getProfileName(undefined, { AWS_PROFILE: "env", AWS_DEFAULT_PROFILE: "old" })).toBe("env");
    expect(getProfileName(undefined, { AWS_DEFAULT_PROFILE: "old" })).toBe("old");
  });

  it("falls back to default when nothing names a profile", () => {
    expect(getProfileName("", { AWS_PROFILE: "" })).toBe("default");
  });
});

describe(findProfileName.name, () => {
  it("names no profile when neither the caller nor the environment does", () => {
    expect(findProfileName(undefined, {})).toBeUndefined();
    expect(findProfileName(" ", { AWS_PROFILE: "", AWS_DEFAULT_PROFILE: " " })).toBeUndefined();
    expect(findProfileName(undefined, { AWS_DEFAULT_PROFILE: "old" })).toBe("old");
  });
});
