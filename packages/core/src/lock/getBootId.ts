// Which boot of this machine the process runs in (Linux: the kernel's boot_id). A lock written in an
// earlier boot has a dead holder, whatever process has its pid now. undefined where it cannot be read.
import { readFileSync } from "node:fs";

export function getBootId(platform: NodeJS.Platform = process.platform): string | undefined {
  if (platform !== "linux") return undefined;
  try {
    return readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}
