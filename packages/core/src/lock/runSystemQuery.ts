// The lock's one use of child processes: a short synchronous question to the operating system where
// Node has no API for it (`ps` for a zombie on macOS, `sysctl` for its boot). Returns stdout; throws
// when the program is missing, fails or takes over 2 s. Programs are named by absolute path.
import { loadChildProcess } from "../platform/loadBuiltin.js";

export type SystemQuery = (file: string, args: readonly string[]) => string;

export const runSystemQuery: SystemQuery = (file, args) =>
  loadChildProcess().execFileSync(file, args, { encoding: "utf8", timeout: 2_000, stdio: ["ignore", "pipe", "ignore"], windowsHide: true });
