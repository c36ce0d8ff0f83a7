// Whether a process id exists on this host (signal 0 checks without signalling). A zombie (killed, not
// yet reaped by its parent, e.g. a credential_process whose caller hangs) counts as dead: on Linux
// from /proc/<pid>/stat, on macOS from `ps`, asked only when signal 0 says alive and at most once a
// second per pid (waiters ask at every poll; the first of them to see the zombie breaks the lock).
import { readFileSync } from "node:fs";
import { type Clock, systemClock } from "../ports/ports.js";
import { runSystemQuery, type SystemQuery } from "./runSystemQuery.js";

export interface ProcessAliveOptions {
  platform?: NodeJS.Platform;
  /** Sends signal 0; throws ESRCH when there is no such process (default process.kill). */
  kill?: (pid: number, signal: 0) => void;
  /** Linux: reads /proc/<pid>/stat. */
  readFile?: (path: string) => string;
  /** macOS: runs `ps`. */
  run?: SystemQuery;
  clock?: Clock;
}

/** How long a pid's zombie verdict from `ps` is reused. */
const PS_VERDICT_MS = 1_000;

export function createProcessAliveCheck(options: ProcessAliveOptions = {}): (pid: number) => boolean {
  const platform = options.platform ?? process.platform;
  const kill = options.kill ?? ((pid: number, signal: 0) => void process.kill(pid, signal));
  const readFile = options.readFile ?? ((path: string) => readFileSync(path, "utf8"));
  const run = options.run ?? runSystemQuery;
  const clock = options.clock ?? systemClock;
  const verdicts = new Map<number, { zombie: boolean; at: number }>();

  function isZombieOnMac(pid: number): boolean {
    const now = clock.now();
    const seen = verdicts.get(pid);
    if (seen !== undefined && now - seen.at < PS_VERDICT_MS) return seen.zombie;
    let zombie = false;
    try {
      zombie = run("/bin/ps", ["-o", "stat=", "-p", String(pid)]).trim().startsWith("Z");
    } catch {
      // ps failed or the pid exited meanwhile: signal 0 decides, and decides again at the next look.
    }
    for (const [old, verdict] of verdicts) if (now - verdict.at >= PS_VERDICT_MS) verdicts.delete(old);
    verdicts.set(pid, { zombie, at: now });
    return zombie;
  }

  function isZombie(pid: number): boolean {
    if (platform === "darwin") return isZombieOnMac(pid);
    if (platform !== "linux") return false;
    try {
      const stat = readFile(`/proc/${pid}/stat`);
      return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
    } catch {
      return false;
    }
  }

  return (pid) => {
    if (!Number.isSafeInteger(pid) || pid <= 0) return false;
    try {
      kill(pid, 0);
    } catch (error) {
      // EPERM: it exists but belongs to someone else.
      return (error as NodeJS.ErrnoException).code === "EPERM";
    }
    return !isZombie(pid);
  };
}

let defaultCheck: ((pid: number) => boolean) | undefined;

export function isProcessAlive(pid: number): boolean {
  defaultCheck ??= createProcessAliveCheck();
  return defaultCheck(pid);
}
