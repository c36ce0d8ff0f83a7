import { describe, expect, it } from "vitest";
import { getOwnerOnlyAclCommand } from "./getOwnerOnlyAclCommand.js";

describe(getOwnerOnlyAclCommand.name, () => {
  it("removes inherited entries and grants the user full control, inherited by files and folders inside", () => {
    const env = { USERNAME: "alice", USERDOMAIN: "CORP", SystemRoot: "C:\\WINDOWS" };
    expect(getOwnerOnlyAclCommand("C:\\Users\\alice\\.aws\\mfa-session", env)).toEqual({
      file: "C:\\WINDOWS\\System32\\icacls.exe",
      args: ["C:\\Users\\alice\\.aws\\mfa-session", "/inheritance:r", "/grant:r", "CORP\\alice:(OI)(CI)F"],
    });
  });

  it("names a local account alone, and finds icacls in C:\\Windows without SystemRoot", () => {
    expect(getOwnerOnlyAclCommand("D:\\cache", { username: "bob" })).toEqual({
      file: "C:\\Windows\\System32\\icacls.exe",
      args: ["D:\\cache", "/inheritance:r", "/grant:r", "bob:(OI)(CI)F"],
    });
  });

  it("refuses to guess the account without USERNAME", () => {
    expect(() => getOwnerOnlyAclCommand("D:\\cache", { USERDOMAIN: "CORP" })).toThrow(expect.objectContaining({ code: "CACHE_UNSAFE", message: expect.stringContaining("USERNAME is not set") }));
  });
});
