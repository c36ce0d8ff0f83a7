// showInputBox that rejects UserCancelledError on Escape.
import { UserCancelledError } from "@mfa-session/core";
import type * as vscode from "vscode";

export async function askText(window: Pick<typeof vscode.window, "showInputBox">, options: vscode.InputBoxOptions): Promise<string> {
  const value = await window.showInputBox({ ignoreFocusOut: true, ...options });
  if (value === undefined) throw new UserCancelledError();
  return value.trim();
}
