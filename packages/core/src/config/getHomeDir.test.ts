import { describe, expect, it } from "vitest";
import { getHomeDir } from "./getHomeDir.js";

const osHomedir = () => "<os.homedir()>";

describe(getHomeDir.name, () => {
  describe("on Windows, as botocore (os.path.expanduser), the AWS CLI and the Go SDK find ~/.aws", () => {
    const platform = "win32";

    it("ignores HOME (Git Bash, MSYS2 and Cygwin set it) and uses USERPROFILE", () => {
      const env = { HOME: "C:\\cygwin64\\home\\me", USERPROFILE: "C:\\Users\\me" };
      expect(getHomeDir({ env, platform, osHomedir })).toBe("C:\\Users\\me");
    });

    it("falls back to HOMEDRIVE + HOMEPATH without USERPROFILE", () => {
      expect(getHomeDir({ env: { HOME: "/home/me", HOMEDRIVE: "H:", HOMEPATH: "\\me" }, platform, osHomedir })).toBe("H:\\me");
    });

    it("reads the variables whatever their case in a copied environment", () => {
      expect(getHomeDir({ env: { UserProfile: "C:\\Users\\me" }, platform, osHomedir })).toBe("C:\\Users\\me");
    });

    it("asks the OS when none is set (HOME alone does not count)", () => {
      expect(getHomeDir({ env: { HOME: "C:\\elsewhere", USERPROFILE: " " }, platform, osHomedir })).toBe("<os.homedir()>");
    });
  });

  describe.each(["linux", "darwin"] as const)("on %s, as every AWS SDK and botocore do", (platform) => {
    it("uses HOME", () => {
      expect(getHomeDir({ env: { HOME: "/home/me", USERPROFILE: "/somewhere" }, platform, osHomedir })).toBe("/home/me");
    });

    it("asks the OS (the password database) when HOME is unset or blank, never USERPROFILE", () => {
      expect(getHomeDir({ env: { HOME: "", USERPROFILE: "/somewhere" }, platform, osHomedir })).toBe("<os.homedir()>");
      expect(getHomeDir({ env: {}, platform, osHomedir })).toBe("<os.homedir()>");
    });
  });

  it("calls the OS only when the environment does not answer", () => {
    const fail = () => {
      throw new Error("os.homedir() called");
    };
    expect(getHomeDir({ env: { HOME: "/home/me" }, platform: "linux", osHomedir: fail })).toBe("/home/me");
  });
});
