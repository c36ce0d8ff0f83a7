// Counters shared by processes: each event appends one line (O_APPEND writes of a short line are atomic).
import { appendFileSync, readFileSync } from "node:fs";

export function appendCounterLine(path: string, line: string): void {
  appendFileSync(path, `${line}\n`, { mode: 0o600 });
}

export function readCounterLines(path: string): string[] {
  try {
    return readFileSync(path, "utf8").split("\n").filter((line) => line !== "");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}
