// Key handling for a hidden line (an access key or secret typed or pasted on the terminal), pure:
// raw keystrokes in, the text so far, and whether Enter submitted it or Ctrl-C/Ctrl-D cancelled.
// Nothing is echoed; an escape sequence (arrows, Delete) is dropped whole.

export interface LineKeysState {
  text: string;
  outcome: "pending" | "submitted" | "cancelled";
}

const ESCAPE_SEQUENCE = /^\u001b(?:\[[0-9;?]*[ -/]*[@-~]|O.|.)?/;

export function applyLineKeys(text: string, chunk: string): LineKeysState {
  let current = text;
  for (let i = 0; i < chunk.length; i++) {
    const key = chunk[i]!;
    if (key === "\u001b") {
      i += (ESCAPE_SEQUENCE.exec(chunk.slice(i))?.[0].length ?? 1) - 1;
      continue;
    }
    if (key === "\u0003" || (key === "\u0004" && current === "")) return { text: "", outcome: "cancelled" };
    if (key === "\r" || key === "\n") return { text: current, outcome: "submitted" };
    if (key === "\u007f" || key === "\b") current = current.slice(0, -1);
    else if (key === "\u0015") current = "";
    else if (key >= " ") current += key;
  }
  return { text: current, outcome: "pending" };
}
