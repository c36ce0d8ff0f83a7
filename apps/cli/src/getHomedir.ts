// The home folder the CLI works against: HOME from the injected environment (tests point it at a temp
// folder), else the OS's idea of it.
import { homedir } from "node:os";
import type { CliIo } from "./io.js";

export function getHomedir(io: Pick<CliIo, "env">): string {
  return io.env.HOME?.trim() || io.env.USERPROFILE?.trim() || homedir();
}
