import { describe, expect, it } from "vitest";
import { findWindowsDrive, isWsl, type FileSystemProbe } from "./findWindowsDrive.js";

const MOUNTS = [
  "/dev/sdc / ext4 rw,relatime 0 0",
  "C:\\134 /mnt/c 9p rw,noatime,dirsync,aname=drvfs;path=C:\\;uid=1000;gid=1000 0 0",
  "/dev/sdd /mnt/c/linux-disk ext4 rw 0 0",
].join("\n");

/** A WSL 2 host: ~/.aws is a symbolic link to the Windows profile's .aws; /home/me/.cache exists. */
function wsl2(files: Record<string, string> = {}): FileSystemProbe {
  const links: Record<string, string> = { "/home/me/.aws": "/mnt/c/Users/me/.aws" };
  const existing = new Set(["/", "/home", "/home/me", "/home/me/.cache", "/mnt", "/mnt/c", "/mnt/c/Users", "/mnt/c/Users/me", "/mnt/c/Users/me/.aws", "/mnt/c/linux-disk"]);
  return {
    readFile: (path) => ({ "/proc/sys/kernel/osrelease": "5.15.167.4-microsoft-standard-WSL2\n", "/proc/mounts": MOUNTS, ...files })[path],
    realpath: (path) => links[path] ?? (existing.has(path) ? path : undefined),
  };
}

describe(isWsl.name, () => {
  it("knows WSL by the kernel release or by WSL_DISTRO_NAME", () => {
    expect(isWsl({ env: {}, platform: "linux", probe: wsl2() })).toBe(true);
    expect(isWsl({ env: { WSL_DISTRO_NAME: "Ubuntu" }, platform: "linux", probe: { readFile: () => undefined, realpath: () => undefined } })).toBe(true);
    expect(isWsl({ env: {}, platform: "linux", probe: wsl2({ "/proc/sys/kernel/osrelease": "6.1.0-18-amd64\n" }) })).toBe(false);
    expect(isWsl({ env: { WSL_DISTRO_NAME: "Ubuntu" }, platform: "win32", probe: wsl2() })).toBe(false);
  });
});

describe(findWindowsDrive.name, () => {
  const on = (path: string, probe = wsl2()) => findWindowsDrive(path, { env: {}, platform: "linux", probe });

  it("follows a symbolic link onto the drive, even below it where nothing exists yet", () => {
    expect(on("/home/me/.aws/mfa-session/cache")).toBe("/mnt/c");
  });

  it("leaves the Linux file system alone, and a Linux disk mounted under a drive", () => {
    expect(on("/home/me/.cache/mfa-session")).toBeUndefined();
    expect(on("/mnt/c/linux-disk/mfa-session")).toBeUndefined();
  });

  it("falls back on /mnt/<letter> when /proc/mounts cannot be read", () => {
    expect(on("/home/me/.aws/mfa-session", wsl2({ "/proc/mounts": "" }))).toBe("/mnt/c");
    expect(on("/home/me/.cache/mfa-session", wsl2({ "/proc/mounts": "" }))).toBeUndefined();
  });

  it("answers nothing outside WSL, whatever the path", () => {
    expect(findWindowsDrive("/mnt/c/Users/me", { env: {}, platform: "linux", probe: wsl2({ "/proc/sys/kernel/osrelease": "6.1.0\n" }) })).toBeUndefined();
  });
});
