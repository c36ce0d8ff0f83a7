// The tty prompt's key handling, pure: raw keystrokes in, the digits so far, what to echo, and
// whether the code is complete (6th digit) or cancelled (Ctrl-C, Ctrl-D).

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
  for (const key of chunk) {
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
    // Anything else (letters, escape sequences) is ignored: a code has only digits.
  }
  return { digits: current, echo, outcome: "pending" };
}
