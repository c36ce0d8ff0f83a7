import { describe, expect, it } from "vitest";
import { getProfileArgument } from "./credentialProcessCacheHit.js";

describe(getProfileArgument.name, () => {
  it("takes --profile P and --profile=P, with --no-prompt and --token-code alongside", () => {
    expect(getProfileArgument(["--profile", "work"])).toBe("work");
    expect(getProfileArgument(["--profile=work", "--no-prompt"])).toBe("work");
    expect(getProfileArgument(["--token-code", "123456", "--profile", "work"])).toBe("work");
  });

  it("leaves anything else to the full CLI, which explains the problem", () => {
    expect(getProfileArgument([])).toBeUndefined();
    expect(getProfileArgument(["--profile"])).toBeUndefined();
    expect(getProfileArgument(["--profile", "--no-prompt"])).toBeUndefined();
    expect(getProfileArgument(["--profile", "work", "--verbose"])).toBeUndefined();
    expect(getProfileArgument(["--profile="])).toBeUndefined();
  });
});
