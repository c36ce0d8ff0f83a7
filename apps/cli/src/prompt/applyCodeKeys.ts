// The terminal prompt's key handling (POSIX /dev/tty and the Windows console alike), pure: raw
// keystrokes in, the digits so far, what to echo, and whether the code is complete (6th digit) or
// cancelled (Ctrl-C, Ctrl-D, Escape). An escape sequence (arrows, Delete, F1) is one key, never digits.

export interface CodeKeysState {
  digits: string;
  /** Bytes to write back to the terminal for this chunk. */
  echo: string;
  outcome: "pending" | "complete" | "cancelled";
}

const CODE_LENGTH = 6;

export function applyCodeKeys(digits: string, chunk: string, mask?: string): CodeKeysState {
  let current = digits;
  let echo = "";
  const keys = [...chunk];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key === ESC) {
      const end = getEscapeSequenceEnd(keys, i);
      if (end === undefined) return { digits: current, echo, outcome: "cancelled" };
      i = end;
      continue;
    }
    if (key === "\u0003" || key === "\u0004") return { digits: current, echo, outcome: "cancelled" };
    if (key === "\u007f" || key === "\b") {
      if (current.length > 0) {
        current = current.slice(0, -1);
        echo += "\b \b";
      }
      continue;
    }
    if (key === "\u0015") {
      // Ctrl-U: clear the line.
      echo += "\b \b".repeat(current.length);
      current = "";
      continue;
    }
    if (/^\d$/.test(key)) {
      current += key;
      echo += mask ?? key;
      if (current.length === CODE_LENGTH) return { digits: current, echo, outcome: "complete" };
      continue;
    }
    if (key === "\r" || key === "\n") continue;
    // Anything else (letters) is ignored: a code has only digits.
  }
  return { digits: current, echo, outcome: "pending" };
}

const ESC = "\u001b";

/**
 * The index of the last key of the escape sequence that starts at `start` (CSI `ESC [ ... final`,
 * SS3 `ESC O x`), or undefined when the ESC is the Escape key itself (alone, or Alt with a key).
 */
function getEscapeSequenceEnd(keys: readonly string[], start: number): number | undefined {
  const introducer = keys[start + 1];
  if (introducer === "O") return Math.min(start + 2, keys.length - 1);
  if (introducer !== "[") return undefined;
  let i = start + 2;
  // Parameter and intermediate bytes (0x20-0x3F), then one final byte (0x40-0x7E).
  while (i < keys.length && keys[i]! >= " " && keys[i]! <= "?") i++;
  return Math.min(i, keys.length - 1);
}
