// What a finished dialog program said, pure: the typed answer, a cancellation (Cancel, Escape, the
// close box), or a failure to show the dialog at all, which is not the person's choice and lets the
// next code source be tried. osascript exits 1 for both, and only its stderr tells them apart.
import { POWERSHELL_DIALOG_CANCELLED } from "./getPowerShellDialogArgs.js";

export type DialogProgram = "zenity" | "kdialog" | "osascript" | "powershell";

export interface DialogResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export type DialogOutcome =
  | { outcome: "answer"; text: string }
  | { outcome: "cancelled" }
  | { outcome: "failed"; reason: string };

export function parseDialogResult(program: DialogProgram, result: DialogResult): DialogOutcome {
  // The session engine reads the answer (parseMfaCode) as it reads any typed code; a wrong entry
  // counts as a refused code and it re-asks with "incorrect, try again".
  if (result.exitCode === 0) return { outcome: "answer", text: result.stdout.trim() };
  if (isCancellation(program, result)) return { outcome: "cancelled" };
  const firstLine = result.stderr.trim().split(/\r?\n/)[0] ?? "";
  return { outcome: "failed", reason: `${program} exited with ${result.exitCode}${firstLine ? `: ${firstLine}` : ""}` };
}

function isCancellation(program: DialogProgram, { exitCode, stderr }: DialogResult): boolean {
  switch (program) {
    // "execution error: User canceled. (-128)"; other errors (-1713 no user interaction allowed,
    // -1743 not allowed to send Apple events) also exit 1.
    case "osascript": return exitCode === 1 && /\(-128\)/.test(stderr);
    case "powershell": return exitCode === POWERSHELL_DIALOG_CANCELLED;
    case "zenity":
    case "kdialog": return exitCode === 1;
  }
}
