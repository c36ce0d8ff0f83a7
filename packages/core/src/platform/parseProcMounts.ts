// /proc/mounts as data: one entry per line ("source mountpoint type options 0 0"), with the kernel's
// octal escapes (\040 for a space, \134 for a backslash) decoded.
export interface MountEntry {
  source: string;
  mountPoint: string;
  type: string;
  options: string;
}

export function parseProcMounts(text: string): MountEntry[] {
  const entries: MountEntry[] = [];
  for (const line of text.split("\n")) {
    const [source, mountPoint, type, options] = line.trim().split(/\s+/);
    if (source === undefined || mountPoint === undefined || type === undefined) continue;
    entries.push({ source: unescape(source), mountPoint: unescape(mountPoint), type, options: unescape(options ?? "") });
  }
  return entries;
}

/**
 * A Windows drive as WSL mounts it: drvfs (WSL 1, and WSL 2's newer kernels), or 9p/virtiofs carrying
 * drvfs (WSL 2: `C:\ /mnt/c 9p rw,...,aname=drvfs;path=C:\;...`). Modes read 0777 there and chmod is
 * ignored unless the drive is mounted with `metadata`, and Windows programs see the files regardless.
 */
export function isWindowsDriveMount(entry: MountEntry): boolean {
  if (entry.type === "drvfs") return true;
  if (entry.type !== "9p" && entry.type !== "virtiofs") return false;
  return /(^|[,;])aname=drvfs([,;]|$)/.test(entry.options) || /^([A-Za-z]:|drvfs)/.test(entry.source);
}

function unescape(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}
