// Node built-ins that cost milliseconds of CPU to load, loaded where they are first used rather than
// at import: node:crypto (~12 ms here) and node:child_process (~10 ms). The lock and the secure files
// need them only to write (a random temp name or token) or on macOS and Windows (a system query),
// while in a burst every caller but one only reads: 64 callers on 2 cores paid ~0.7 s for them.
// Works in every form core ships in: ESM (tsc's dist, the CLI's ESM bundle) and CommonJS bundles (the
// CLI's fast-path chunks, the extension).
import type * as ChildProcess from "node:child_process";
import type * as Crypto from "node:crypto";
import { createRequire } from "node:module";

type GetBuiltinModule = (id: string) => unknown;

let requireBuiltin: NodeJS.Require | undefined;

function loadBuiltin<T>(id: string): T {
  // Node 20.16+ and 22.3+; VS Code's Electron (Node 20.9 in 1.90) has not: a require made for any
  // absolute path resolves built-ins too.
  const getBuiltinModule = (process as { getBuiltinModule?: GetBuiltinModule }).getBuiltinModule;
  if (typeof getBuiltinModule === "function") return getBuiltinModule(id) as T;
  requireBuiltin ??= createRequire(process.execPath);
  return requireBuiltin(id) as T;
}

export const loadCrypto = (): typeof Crypto => loadBuiltin("node:crypto");
export const loadChildProcess = (): typeof ChildProcess => loadBuiltin("node:child_process");
