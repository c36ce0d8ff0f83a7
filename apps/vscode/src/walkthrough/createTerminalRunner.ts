// Runs a line in the extension's one "MFA Session" terminal (a new one once the person closed it).
// The terminal gets mfa-session on PATH and the inline prompt from the environment collection.
import type * as vscode from "vscode";

export function createTerminalRunner(window: Pick<typeof vscode.window, "createTerminal">): (line: string) => void {
  let terminal: vscode.Terminal | undefined;
  return (line) => {
    if (terminal === undefined || terminal.exitStatus !== undefined) terminal = window.createTerminal({ name: "MFA Session" });
    terminal.show();
    terminal.sendText(line);
  };
}
