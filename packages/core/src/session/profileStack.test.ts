import { describe, expect, it } from "vitest";
import { guardProfileStack, PROFILE_STACK_ENV, pushProfileStack, readProfileStack } from "./profileStack.js";

// Names botocore accepts in a [profile ...] header: commas, spaces, quotes, percent signs.
const oddNames = ["a,b", "my profile", `it's "quoted"`, "100%", "a%2Cb", ",", "[x]", "é,ü"];

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

  it.each(oddNames)("refuses %j when a parent pushed it, and only that name", (name) => {
    const env = pushProfileStack(pushProfileStack({}, "outer"), name);
    expect(() => guardProfileStack(env, name)).toThrow(`(outer -> ${name} -> ${name})`);
    for (const part of name.split(",").filter((p) => p !== name)) expect(() => guardProfileStack(env, part)).not.toThrow();
  });
});

describe(pushProfileStack.name, () => {
  it("adds the profile to the stack its children inherit, leaving the caller's environment alone", () => {
    const env = { [PROFILE_STACK_ENV]: "a", OTHER: "x" };
    expect(pushProfileStack(env, "b")).toEqual({ [PROFILE_STACK_ENV]: "a,b", OTHER: "x" });
    expect(readProfileStack(pushProfileStack({}, "a"))).toEqual(["a"]);
    expect(env[PROFILE_STACK_ENV]).toBe("a");
  });

  it("keeps every profile name whole, whatever it contains", () => {
    let env: NodeJS.ProcessEnv = {};
    for (const name of oddNames) env = pushProfileStack(env, name);
    expect(readProfileStack(env)).toEqual(oddNames);
  });
});

describe(readProfileStack.name, () => {
  it("reads the plain comma list an older mfa-session sets (names without a comma or percent sign read the same)", () => {
    expect(readProfileStack({ [PROFILE_STACK_ENV]: "ops,dev.eu,my_profile" })).toEqual(["ops", "dev.eu", "my_profile"]);
  });

  it("keeps an old-style entry with a stray percent sign as written rather than failing", () => {
    expect(readProfileStack({ [PROFILE_STACK_ENV]: "50%off,dev" })).toEqual(["50%off", "dev"]);
  });
});
