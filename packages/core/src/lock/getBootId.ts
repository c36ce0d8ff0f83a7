// Which boot of this machine the process runs in: Linux's kernel boot_id, macOS's boot session uuid
// (not kern.boottime, which moves when the clock is set). A lock written in an earlier boot has a dead
// holder, whatever process has its pid now. undefined where it cannot be read (and on Windows, where
// the holder's beacon outlives no reboot: see holderBeacon.ts). Asked once per process.
import { readFileSync } from "node:fs";
import { runSystemQuery, type SystemQuery } from "./runSystemQuery.js";

export interface GetBootIdOptions {
  platform?: NodeJS.Platform;
  /** Linux: reads the boot_id file. */
  readFile?: (path: string) => string;
  /** macOS: runs `sysctl`. */
  run?: SystemQuery;
}

const UUID = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const known = new Map<NodeJS.Platform, string | undefined>();

export function getBootId(options: GetBootIdOptions = {}): string | undefined {
  const platform = options.platform ?? process.platform;
  if (options.readFile !== undefined || options.run !== undefined) return readBootId(platform, options);
  if (!known.has(platform)) known.set(platform, readBootId(platform, options));
  return known.get(platform);
}

function readBootId(platform: NodeJS.Platform, options: GetBootIdOptions): string | undefined {
  try {
    if (platform === "linux") {
      const text = (options.readFile ?? ((path: string) => readFileSync(path, "utf8")))("/proc/sys/kernel/random/boot_id").trim();
      return text || undefined;
    }
    if (platform === "darwin") {
      const text = (options.run ?? runSystemQuery)("/usr/sbin/sysctl", ["-n", "kern.bootsessionuuid"]).trim();
      return UUID.test(text) ? text : undefined;
    }
  } catch {
    // Unreadable: the holder's pid alone decides.
  }
  return undefined;
}
