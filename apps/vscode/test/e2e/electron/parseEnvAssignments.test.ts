import { describe, expect, it } from "vitest";
import { parseEnvAssignments } from "./parseEnvAssignments.js";

describe(parseEnvAssignments.name, () => {
  it("reads env(1) removals and assignments, keeping '=' and spaces inside values", () => {
    expect(parseEnvAssignments(["-u", "AWS_PROFILE", "HOME=/run/home", "X=a=b c", "EMPTY="])).toEqual({
      AWS_PROFILE: undefined,
      HOME: "/run/home",
      X: "a=b c",
      EMPTY: "",
    });
    expect(Object.keys(parseEnvAssignments(["-u", "AWS_PROFILE"]))).toEqual(["AWS_PROFILE"]);
  });

  it("lets a later entry win, as env(1) does", () => {
    expect(parseEnvAssignments(["HOME=/a", "-u", "HOME"])).toEqual({ HOME: undefined });
    expect(parseEnvAssignments(["-u", "HOME", "HOME=/b"])).toEqual({ HOME: "/b" });
  });

  it("refuses what is neither, so a mistyped fixture line fails instead of vanishing", () => {
    expect(() => parseEnvAssignments(["HOME"])).toThrow('expected NAME=VALUE or -u NAME, got "HOME"');
    expect(() => parseEnvAssignments(["=x"])).toThrow("expected NAME=VALUE");
    expect(() => parseEnvAssignments(["-u"])).toThrow("-u needs a variable name, got nothing");
    expect(() => parseEnvAssignments(["-u", "A=B"])).toThrow("-u needs a variable name, got A=B");
  });
});
