// Saves the cache-hit chunk's V8 code cache for the running Node into the user's cache folder, after
// a hit that had no cache V8 accepted (the CLI was built by another Node, or Node was upgraded).
// Loaded from its own entry (dist/save-code-cache.mjs) by bin.ts only then, so a hit never pays for it.
// Written like a session entry: a 0700 folder, a 0600 file, atomically; a code cache is code, so it
// gets the same protection against other users as the credentials beside it.
import { readdirSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { ensurePrivateDir, removeFile, writePrivateFileAtomic } from "@mfa-session/core";

/**
 * Writes `data` to `file` and removes the caches of earlier chunks made for the same Node (an upgraded
 * CLI leaves them behind). Never throws: the credentials are already printed, and a failed save only
 * means the next hit compiles the chunk again and tries once more.
 */
export async function saveCodeCache(file: string, data: Buffer): Promise<boolean> {
  try {
    const dir = dirname(file);
    await ensurePrivateDir(dir);
    await writePrivateFileAtomic(file, data);
    const name = basename(file);
    const sameNode = name.slice(name.indexOf(".node-"));
    for (const other of readdirSync(dir)) {
      if (other !== name && other.startsWith("cache-hit-") && other.endsWith(sameNode)) await removeFile(join(dir, other));
    }
    return true;
  } catch {
    return false; // an optimisation only: a read-only or full disk must not fail a hit already answered
  }
}
