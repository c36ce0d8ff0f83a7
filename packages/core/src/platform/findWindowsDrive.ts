// On WSL, whether a path lies on a Windows drive (/mnt/c, ...), where Linux permissions do not hold.
// The file system is read through an injected probe so that every branch is unit-tested on any host.
import { readFileSync, realpathSync } from "node:fs";
import { posix } from "node:path";
import type { Env } from "../config/Env.js";
import { isWindowsDriveMount, parseProcMounts } from "./parseProcMounts.js";

export interface FileSystemProbe {
  /** A file's text, or undefined when it cannot be read. */
  readFile(path: string): string | undefined;
  /** The path with its symbolic links resolved, or undefined when it does not exist. */
  realpath(path: string): string | undefined;
}

export interface WslOptions {
  env: Env;
  /** Default: process.platform. */
  platform?: NodeJS.Platform;
  /** Default: the real file system. */
  probe?: FileSystemProbe;
}

export const systemFileSystemProbe: FileSystemProbe = {
  readFile: (path) => attempt(() => readFileSync(path, "utf8")),
  realpath: (path) => attempt(() => realpathSync(path)),
};

/** WSL 1 and 2 say so in the kernel release ("4.4.0-19041-Microsoft", "5.15.1-microsoft-standard-WSL2"). */
export function isWsl({ env, platform = process.platform, probe = systemFileSystemProbe }: WslOptions): boolean {
  if (platform !== "linux") return false;
  if ((env.WSL_DISTRO_NAME ?? "") !== "") return true;
  return /microsoft/i.test(probe.readFile("/proc/sys/kernel/osrelease") ?? "");
}

/**
 * The mount point of the Windows drive that holds `path` (symbolic links resolved, as far as the path
 * exists), or undefined: not WSL, or a Linux file system. Without /proc/mounts, WSL's default place
 * for drives (/mnt/<letter>) decides.
 */
export function findWindowsDrive(path: string, options: WslOptions): string | undefined {
  if (!isWsl(options)) return undefined;
  const probe = options.probe ?? systemFileSystemProbe;
  const real = resolveExistingPart(path, probe);
  const mounts = parseProcMounts(probe.readFile("/proc/mounts") ?? "");
  if (mounts.length === 0) return /^\/mnt\/[a-z](?=\/|$)/i.exec(real)?.[0];
  const holder = mounts
    .filter((entry) => real === entry.mountPoint || real.startsWith(entry.mountPoint.endsWith("/") ? entry.mountPoint : `${entry.mountPoint}/`))
    .reduce<(typeof mounts)[number] | undefined>((best, entry) => (best === undefined || entry.mountPoint.length >= best.mountPoint.length ? entry : best), undefined);
  return holder !== undefined && isWindowsDriveMount(holder) ? holder.mountPoint : undefined;
}

/** realpath of the longest existing prefix, with the part that does not exist yet appended. */
function resolveExistingPart(path: string, probe: FileSystemProbe): string {
  const missing: string[] = [];
  for (let current = path; ; current = posix.dirname(current)) {
    const real = probe.realpath(current);
    if (real !== undefined) return posix.join(real, ...missing);
    if (posix.dirname(current) === current) return path;
    missing.unshift(posix.basename(current));
  }
}

function attempt(read: () => string): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
