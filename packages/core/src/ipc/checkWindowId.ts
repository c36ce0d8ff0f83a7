// A VS Code window's id names its socket and its discovery file, so it must not be able to leave
// their folder. Pure.
import { UsageError } from "../errors/errors.js";

export function checkWindowId(id: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new UsageError("A VS Code window id is 1-64 letters, digits, '-' or '_'.");
  return id;
}
