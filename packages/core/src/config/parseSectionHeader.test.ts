import { describe, expect, it } from "vitest";
import { getSectionHeader, parseSectionHeader } from "./parseSectionHeader.js";

describe(parseSectionHeader.name, () => {
  it("names [default], [profile default] and [profile NAME] profiles", () => {
    expect(parseSectionHeader("default")).toEqual({ kind: "profile", name: "default" });
    expect(parseSectionHeader("profile default")).toEqual({ kind: "profile", name: "default" });
    expect(parseSectionHeader("profile  dev")).toEqual({ kind: "profile", name: "dev" });
  });

  it("reads a quoted name as one shell word, as botocore does", () => {
    expect(parseSectionHeader('profile "my dev"')).toEqual({ kind: "profile", name: "my dev" });
    expect(parseSectionHeader("profile 'my dev'")).toEqual({ kind: "profile", name: "my dev" });
    expect(parseSectionHeader('sso-session "corp"')).toEqual({ kind: "sso-session", name: "corp" });
    expect(parseSectionHeader('services "local"')).toEqual({ kind: "services", name: "local" });
  });

  it("ignores what botocore ignores: other sections, one or three words, an open quote", () => {
    expect(["plugins", "preview", "profile", "profile a b", 'profile "open', "defaults"].map(parseSectionHeader)).toEqual(Array(6).fill(undefined));
  });

  it("checks the prefix alone, as botocore does", () => {
    expect(parseSectionHeader("profiles x")).toEqual({ kind: "profile", name: "x" });
  });
});

describe(getSectionHeader.name, () => {
  it("takes the text up to the last ], trimmed", () => {
    expect(getSectionHeader("[ profile dev ] # c")).toBe("profile dev");
    expect(getSectionHeader("[profile x] junk")).toBe("profile x");
    expect(getSectionHeader("[profile dev")).toBeUndefined();
    expect(getSectionHeader("[]")).toBe("");
  });
});
