// Walkthrough step "Find or install the CLI": asks core's resolveCliCommand (through getCliCommand,
// the rule Configure Profile writes with) where mfa-session is; when it is not found, a button
// installs it with npm in a terminal and another opens the cliPath setting.
import type { CliCommand } from "@mfa-session/core";
import type * as vscode from "vscode";
import type { CommandSpec } from "../commands/CommandSpec.js";

export interface FindCliDeps {
  window: Pick<typeof vscode.window, "showInformationMessage" | "showWarningMessage">;
  resolveCli: () => Promise<CliCommand>;
  runInTerminal: (line: string) => void;
  executeCommand: (command: string, ...args: unknown[]) => Thenable<unknown>;
}

const INSTALL = "Install with npm";
const SET_PATH = "Set its path";

export function createFindCliCommand(deps: FindCliDeps): CommandSpec {
  return {
    id: "mfaSession.findCli",
    title: "Find the mfa-session CLI",
    async run() {
      let cli: CliCommand;
      try {
        cli = await deps.resolveCli();
      } catch (error) {
        // Not found is this step's expected answer for a new user: a way forward, not an error.
        const choice = await deps.window.showWarningMessage(`MFA Session: ${(error as Error).message}`, INSTALL, SET_PATH);
        if (choice === INSTALL) deps.runInTerminal("npm install --global mfa-session");
        if (choice === SET_PATH) await deps.executeCommand("workbench.action.openSettings", "mfaSession.cliPath");
        return { found: false };
      }
      const warnings = cli.warnings.length > 0 ? ` ${cli.warnings.join(" ")}` : "";
      void deps.window.showInformationMessage(`MFA Session: found the mfa-session CLI; credential_process will start it as \`${cli.words.join(" ")}\`.${warnings}`);
      return { found: true, words: cli.words };
    },
  };
}
