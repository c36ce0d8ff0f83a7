// Windows' sharing rules for the files one process opens, for tests of the lock's beacon on Linux
// (lock/holderBeacon.ts): a file opened without sharing refuses every other open until it is closed,
// and Windows closes every handle of a process when it ends (`end`).
import { constants } from "node:fs";
import type { BeaconFileSystem } from "../lock/holderBeacon.js";

const NO_SHARING = 0x1000_0000;

export function simulateWindowsFileSharing() {
  const files = new Map<string, { exclusive: boolean }>();
  const calls: string[] = [];
  const error = (code: string) => Object.assign(new Error(code), { code });
  const fs: BeaconFileSystem = {
    async open(path, flags) {
      calls.push(`open ${path}`);
      if (files.has(path) && flags & constants.O_EXCL) throw error("EEXIST");
      if (files.get(path)?.exclusive) throw error("EBUSY");
      const file = { exclusive: (flags & NO_SHARING) !== 0 };
      files.set(path, file);
      return { close: async () => void (file.exclusive = false) };
    },
    openSync(path) {
      calls.push(`openSync ${path}`);
      const file = files.get(path);
      if (file === undefined) throw error("ENOENT");
      if (file.exclusive) throw error("EBUSY");
      return 3;
    },
    closeSync: () => undefined,
    async unlink(path) {
      calls.push(`unlink ${path}`);
      if (files.get(path)?.exclusive) throw error("EBUSY");
      files.delete(path);
    },
  };
  /** The holder's process ends: Windows closes its handles. */
  const end = () => files.forEach((file) => void (file.exclusive = false));
  return { fs, files, calls, end, beacon: { platform: "win32" as const, fs } };
}

