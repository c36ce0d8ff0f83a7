import { describe, expect, it } from "vitest";
import { guardProfileStack, PROFILE_STACK_ENV, pushProfileStack, readProfileStack } from "./profileStack.js";

describe(guardProfileStack.name, () => {
  it("refuses a profile already being resolved by a parent mfa-session, naming the loop", () => {
    expect(() => guardProfileStack({ [PROFILE_STACK_ENV]: "a,b" }, "a")).toThrow(expect.objectContaining({ code: "CREDENTIAL_PROCESS_RECURSION" }));
    expect(() => guardProfileStack({ [PROFILE_STACK_ENV]: "a,b" }, "a")).toThrow("(a -> b -> a)");
  });

  it("lets any other profile through, and an empty or missing stack", () => {
    expect(() => guardProfileStack({ [PROFILE_STACK_ENV]: "a,b" }, "c")).not.toThrow();
    expect(() => guardProfileStack({ [PROFILE_STACK_ENV]: "" }, "a")).not.toThrow();
    expect(() => guardProfileStack({}, "a")).not.toThrow();
  });
});

describe(pushProfileStack.name, () => {
  it("adds the profile to the stack its children inherit, leaving the caller's environment alone", () => {
    const env = { [PROFILE_STACK_ENV]: "a", OTHER: "x" };
    expect(pushProfileStack(env, "b")).toEqual({ [PROFILE_STACK_ENV]: "a,b", OTHER: "x" });
    expect(readProfileStack(pushProfileStack({}, "a"))).toEqual(["a"]);
    expect(env[PROFILE_STACK_ENV]).toBe("a");
  });
});
