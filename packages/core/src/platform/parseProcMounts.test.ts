import { describe, expect, it } from "vitest";
import { isWindowsDriveMount, parseProcMounts } from "./parseProcMounts.js";

// Lines as WSL 1 and WSL 2 print them (C:\ appears as C:\134, a space as \040).
const WSL = [
  "/dev/sdc / ext4 rw,relatime,discard,errors=remount-ro,data=ordered 0 0",
  "none /mnt/wslg tmpfs rw,relatime 0 0",
  "drivers /usr/lib/wsl/drivers 9p ro,nosuid,nodev,noatime,dirsync,aname=drivers;fmask=222;dmask=222,mmap,access=client,msize=65536,trans=fd,rfd=7,wfd=7 0 0",
  "C:\\134 /mnt/c 9p rw,noatime,dirsync,aname=drvfs;path=C:\\;uid=1000;gid=1000;symlinkroot=/mnt/,mmap,access=client,msize=65536,trans=fd,rfd=5,wfd=5 0 0",
  "D: /mnt/d drvfs rw,noatime,uid=1000,gid=1000,case=off 0 0",
  "E:\\134Shared\\040Drive /mnt/my\\040share 9p rw,noatime,trans=fd 0 0",
  "",
].join("\n");

describe(parseProcMounts.name, () => {
  it("reads each line and decodes the kernel's octal escapes", () => {
    const entries = parseProcMounts(WSL);
    expect(entries).toHaveLength(6);
    expect(entries[3]).toMatchObject({ source: "C:\\", mountPoint: "/mnt/c", type: "9p" });
    expect(entries[5]).toMatchObject({ source: "E:\\Shared Drive", mountPoint: "/mnt/my share" });
  });
});

describe(isWindowsDriveMount.name, () => {
  it("knows WSL 1's drvfs, WSL 2's 9p drvfs and a drive by its letter, and nothing else", () => {
    expect(parseProcMounts(WSL).filter(isWindowsDriveMount).map((entry) => entry.mountPoint)).toEqual(["/mnt/c", "/mnt/d", "/mnt/my share"]);
  });

  it("knows a drive shared over virtiofs", () => {
    expect(isWindowsDriveMount({ source: "drvfsC", mountPoint: "/mnt/c", type: "virtiofs", options: "rw,relatime" })).toBe(true);
    expect(isWindowsDriveMount({ source: "myfs", mountPoint: "/data", type: "virtiofs", options: "rw" })).toBe(false);
  });
});
