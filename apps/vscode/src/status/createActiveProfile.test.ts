import { describe, expect, it } from "vitest";
import { createActiveProfile } from "./createActiveProfile.js";

function active(remembered: string | undefined, setting: string | undefined, env: NodeJS.ProcessEnv) {
  const memento = { get: () => remembered, update: async () => {} };
  return createActiveProfile({ memento: memento as never, getDefaultProfile: () => setting, env }).get();
}

describe(createActiveProfile.name, () => {
  it("follows the picked profile, then the setting, then AWS_PROFILE, then AWS_DEFAULT_PROFILE", () => {
    const env = { AWS_PROFILE: "env", AWS_DEFAULT_PROFILE: "old" };
    expect(active("picked", "setting", env)).toBe("picked");
    expect(active(undefined, "setting", env)).toBe("setting");
    expect(active(undefined, undefined, env)).toBe("env");
    expect(active(undefined, undefined, { AWS_DEFAULT_PROFILE: "old" })).toBe("old");
  });

  it("follows no profile when nothing names one", () => {
    expect(active("", "", {})).toBeUndefined();
  });
});
