import { describe, expect, it } from "vitest";
import { parseUsersFile } from "./parseUsersFile.js";

describe(parseUsersFile.name, () => {
  it("reads one user per line, ignoring comments, blanks and duplicates", () => {
    expect(parseUsersFile("# team\nalice\r\n\n bob  # lead\nalice\n", "u.txt")).toEqual(["alice", "bob"]);
  });

  it("names the line of an invalid user name", () => {
    expect(() => parseUsersFile("alice\nbad name\n", "u.txt")).toThrow(/u.txt line 2: "bad name"/);
    expect(() => parseUsersFile("# none\n", "u.txt")).toThrow(/lists no users/);
  });
});
