import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { FileSystemProbe } from "../platform/findWindowsDrive.js";
import { getCacheDir } from "./getCacheDir.js";

/** WSL 2 where ~/.aws is a symbolic link into the Windows profile (C: on /mnt/c). */
const wsl: FileSystemProbe = {
  readFile: (path) => ({
    "/proc/sys/kernel/osrelease": "5.15.167.4-microsoft-standard-WSL2\n",
    "/proc/mounts": "/dev/sdc / ext4 rw 0 0\nC:\\134 /mnt/c 9p rw,aname=drvfs;path=C:\\ 0 0\n",
  })[path],
  realpath: (path) => (path === "/home/me/.aws" ? "/mnt/c/Users/me/.aws" : ["/", "/home", "/home/me"].includes(path) ? path : undefined),
};

describe(getCacheDir.name, () => {
  it("is ~/.aws/mfa-session/cache", () => {
    expect(getCacheDir({ env: {}, homedir: "/home/me" })).toBe(join("/home/me", ".aws", "mfa-session", "cache"));
  });

  it("is MFA_SESSION_CACHE_DIR when set", () => {
    expect(getCacheDir({ env: { MFA_SESSION_CACHE_DIR: "/var/cache/me" }, homedir: "/home/me" })).toBe("/var/cache/me");
  });

  it("finds the home folder as getHomeDir does when none is given", () => {
    expect(getCacheDir({ env: { HOME: "/home/someone" }, platform: "linux" })).toBe("/home/someone/.aws/mfa-session/cache");
  });

  it("stays on the Linux side on WSL when ~/.aws is on a Windows drive", () => {
    expect(getCacheDir({ env: {}, homedir: "/home/me", platform: "linux", probe: wsl })).toBe("/home/me/.cache/mfa-session/cache");
  });
});
