import { CredentialProcessRecursionError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { guardRecursion } from "./guardRecursion.js";
import { PROFILE_STACK_ENV } from "./profileStack.js";

describe(guardRecursion.name, () => {
  it("adds the profile to the stack its children inherit", () => {
    expect(guardRecursion({ [PROFILE_STACK_ENV]: "a" }, "b")[PROFILE_STACK_ENV]).toBe("a,b");
  });

  it("refuses a profile already being resolved by a parent mfa-session", () => {
    expect(() => guardRecursion({ [PROFILE_STACK_ENV]: "a,b" }, "a")).toThrow(CredentialProcessRecursionError);
  });
});
