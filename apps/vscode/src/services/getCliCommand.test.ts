import { describe, expect, it } from "vitest";
import { getCliCommand } from "./getCliCommand.js";

describe(getCliCommand.name, () => {
  it("runs a .js CLI with node, takes another path as it is, and defaults to mfa-session on PATH", () => {
    expect(getCliCommand(undefined)).toEqual(["mfa-session"]);
    expect(getCliCommand("")).toEqual(["mfa-session"]);
    expect(getCliCommand("/opt/cli/mfa-session.mjs")).toEqual(["node", "/opt/cli/mfa-session.mjs"]);
    expect(getCliCommand("/my tools/mfa-session")).toEqual(["/my tools/mfa-session"]);
  });
});
