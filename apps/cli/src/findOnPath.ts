// Where an executable is on PATH (the dialog programs, an installed `mfa-session`), without spawning.
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

export function findOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}
