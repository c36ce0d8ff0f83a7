// What a command factory returns; activate() registers each through the error boundary (wrapCommand).
import type { Clock, MfaCodeProvider } from "@mfa-session/core";
import type * as vscode from "vscode";
import type { OutputLogger } from "../log/createOutputLogger.js";
import type { ExtensionServices } from "../services/ExtensionServices.js";
import type { ActiveProfile } from "../status/createActiveProfile.js";

export interface CommandSpec {
  id: string;
  title: string;
  run(...args: unknown[]): Promise<unknown>;
}

export type CommandWindow = Pick<
  typeof vscode.window,
  "showQuickPick" | "showInputBox" | "showInformationMessage" | "showWarningMessage" | "showErrorMessage" | "withProgress"
>;

/** Everything the command factories may use; each takes only the part it needs. */
export interface CommandDeps {
  window: CommandWindow;
  services: ExtensionServices;
  codeProvider: MfaCodeProvider;
  statusBar: { refresh(): Promise<void> };
  activeProfile: ActiveProfile;
  logger: OutputLogger;
  clock: Clock;
}
