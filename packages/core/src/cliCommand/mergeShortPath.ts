// A Windows path for a credential_process line that needs no quotes: each folder whose name would
// need quoting takes its 8.3 short name (C:\Program Files -> C:\PROGRA~1), every other name stays
// long. Keeping the rest long keeps the line meaning the same file after mfa-session is reinstalled
// (a new dist\mfa-session.js gets a new short name; C:\Program Files and a user's folder keep theirs).
// Pure: `short` is what Windows gave for `long` (cmd's %~s), segment for segment.
import { isBareWord } from "../configEdit/formatCredentialProcessLine.js";

/** The merged path, or undefined when a name that needs quoting has no short name (8.3 names off on that volume). */
export function mergeShortPath(long: string, short: string): string | undefined {
  const longNames = long.split("\\");
  const shortNames = short.split("\\");
  if (longNames.length !== shortNames.length) return undefined;
  const merged: string[] = [];
  for (const [i, name] of longNames.entries()) {
    if (name === "" || isBareWord(name, "windows")) merged.push(name);
    // A short name is plain ASCII; anything else came back garbled (another code page) or long.
    else if (/^[\w.~$-]+$/.test(shortNames[i]!)) merged.push(shortNames[i]!);
    else return undefined;
  }
  return merged.join("\\");
}
