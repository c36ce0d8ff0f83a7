import { describe, expect, it } from "vitest";
import { formatPromptServerEnv, parsePromptServerEnv } from "./promptServerEnv.js";

describe(parsePromptServerEnv.name, () => {
  it("reads what formatPromptServerEnv wrote and ignores anything else", () => {
    expect(parsePromptServerEnv(formatPromptServerEnv({ socketPath: "/s", secret: "x" }))).toEqual({ socketPath: "/s", secret: "x" });
    expect(parsePromptServerEnv(undefined)).toBeUndefined();
    expect(parsePromptServerEnv('{"socketPath":"/s"}')).toBeUndefined();
    expect(parsePromptServerEnv("null")).toBeUndefined();
  });
});
