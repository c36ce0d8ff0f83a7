import { describe, expect, it } from "vitest";
import { parseCommandArgs } from "./parseCommandArgs.js";

const options = { profile: { type: "string" }, "token-code": { type: "string" }, force: { type: "boolean" } } as const;

function usageMessage(argv: string[]): string {
  try {
    parseCommandArgs("login", argv, options);
  } catch (error) {
    expect(error).toMatchObject({ code: "USAGE" });
    return (error as Error).message;
  }
  throw new Error(`no usage error for ${JSON.stringify(argv)}`);
}

describe(parseCommandArgs.name, () => {
  it("returns the flags it was given", () => {
    expect(parseCommandArgs("login", ["--profile", "dev", "--token-code=-1", "--force"], options).values).toEqual({ profile: "dev", "token-code": "-1", force: true });
  });

  it.each([
    ["a value that starts with a dash", ["--token-code", "-123456"]],
    ["a missing value", ["--profile"]],
    ["an unknown flag", ["--bogus"]],
    ["a value for a switch", ["--force=yes"]],
    ["a stray argument", ["dev"]],
  ])("words %s as one line, each sentence ended once, then where to read the usage", (_case, argv) => {
    const message = usageMessage(argv);
    expect(message).not.toContain("\n");
    expect(message).not.toMatch(/\.\./);
    expect(message).toMatch(/^login: \S.*[^.]\. Run `mfa-session login --help` for usage\.$/);
  });
});
