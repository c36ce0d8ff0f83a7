import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simulateWindowsFileSharing } from "../testing/simulateWindowsFileSharing.js";
import { type BeaconFileSystem, getBeaconPath, holdBeacon, probeBeacon, removeBeacon } from "./holderBeacon.js";

const dir = "C:\\cache\\locks";
const token = "0123456789abcdef0123456789abcdef";

describe(holdBeacon.name, () => {
  it("on Windows, is seen held while its holder runs, and gone once the holder's process ended", async () => {
    const windows = simulateWindowsFileSharing();
    const beacon = await holdBeacon(dir, token, { platform: "win32", fs: windows.fs });
    expect(beacon.held).toBe(true);
    expect([...windows.files.keys()]).toEqual([join(dir, `${token}.holder`)]);
    expect(probeBeacon(dir, token, { platform: "win32", fs: windows.fs })).toBe(true);
    windows.end();
    expect(probeBeacon(dir, token, { platform: "win32", fs: windows.fs })).toBe(false);
  });

  it("is removed on release, after which there is nothing to judge by", async () => {
    const windows = simulateWindowsFileSharing();
    const beacon = await holdBeacon(dir, token, { platform: "win32", fs: windows.fs });
    await beacon.release();
    expect(windows.files.size).toBe(0);
    expect(probeBeacon(dir, token, { platform: "win32", fs: windows.fs })).toBeUndefined();
  });

  it("costs the holder nothing when it cannot be made: not held, and the pid decides", async () => {
    const windows = simulateWindowsFileSharing();
    const refusing: BeaconFileSystem = { ...windows.fs, open: () => Promise.reject(Object.assign(new Error("denied"), { code: "EACCES" })) };
    const beacon = await holdBeacon(dir, token, { platform: "win32", fs: refusing });
    expect(beacon.held).toBe(false);
    await beacon.release();
    expect(probeBeacon(dir, token, { platform: "win32", fs: refusing })).toBeUndefined();
  });

  it("is neither held nor looked at outside Windows", async () => {
    for (const platform of ["linux", "darwin"] as const) {
      const other = simulateWindowsFileSharing();
      expect((await holdBeacon(dir, token, { platform, fs: other.fs })).held).toBe(false);
      expect(probeBeacon(dir, token, { platform, fs: other.fs })).toBeUndefined();
      await removeBeacon(dir, token, { platform, fs: other.fs });
      expect(other.calls).toEqual([]);
    }
  });
});

describe("a held beacon's release", () => {
  it("never throws: a handle that will not close closes with the process", async () => {
    const windows = simulateWindowsFileSharing();
    const stuck: BeaconFileSystem = { ...windows.fs, open: async (path, flags) => ({ ...(await windows.fs.open(path, flags)), close: () => Promise.reject(new Error("EIO")) }) };
    const beacon = await holdBeacon(dir, token, { platform: "win32", fs: stuck });
    await expect(beacon.release()).resolves.toBeUndefined();
  });
});

describe(removeBeacon.name, () => {
  it("clears the beacon of a holder found dead", async () => {
    const windows = simulateWindowsFileSharing();
    await holdBeacon(dir, token, { platform: "win32", fs: windows.fs });
    windows.end();
    await removeBeacon(dir, token, { platform: "win32", fs: windows.fs });
    expect(windows.files.size).toBe(0);
  });
});

describe(getBeaconPath.name, () => {
  it("names no file for a token read from a lock file that could leave the folder", () => {
    expect(getBeaconPath(dir, token)).toBe(join(dir, `${token}.holder`));
    for (const bad of ["../../x", "a/b", "", "short"]) expect(getBeaconPath(dir, bad)).toBeUndefined();
    expect(probeBeacon(dir, "../../0123456789abcdef", { platform: "win32", fs: simulateWindowsFileSharing().fs })).toBeUndefined();
  });
});
