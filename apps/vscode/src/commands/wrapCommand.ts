// The extension's one error boundary: every command runs through it. Cancellation is quiet; any
// other error becomes one message, its next step worded as VS Code commands (wordNextStep), with the
// buttons that do that step (getNextStepActions) before "Show log", and its details (cause chain, code) go to the output channel, where the
// logger redacts anything secret-looking.
import { formatErrorMessage, isMfaSessionError } from "@mfa-session/core";
import type * as vscode from "vscode";
import type { OutputLogger } from "../log/createOutputLogger.js";
import { getNextStepActions, wordNextStep, type NextStepAction } from "./wordNextStep.js";

export interface WrapCommandDeps {
  window: Pick<typeof vscode.window, "showErrorMessage" | "createTerminal">;
  logger: OutputLogger;
  /** vscode.commands.executeCommand: what a button runs. */
  executeCommand(command: string, ...args: unknown[]): Thenable<unknown>;
}

export const SHOW_LOG = "Show log";

export function wrapCommand<A extends unknown[], R>(
  title: string,
  handler: (...args: A) => Promise<R>,
  deps: WrapCommandDeps,
): (...args: A) => Promise<R | undefined> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isMfaSessionError(error) && error.code === "CANCELLED") {
        deps.logger.info(`${title}: cancelled.`);
        return undefined;
      }
      deps.logger.error(`${title} failed: ${describeError(error)}`);
      const message = formatErrorMessage(error, wordNextStep);
      // Not awaited: the command finishes now; the message stays until the person dismisses it.
      const actions = isMfaSessionError(error) && error.hint !== undefined ? getNextStepActions(error.hint) : [];
      void Promise.resolve(deps.window.showErrorMessage(`${title}: ${message}`, ...actions.map((action) => action.title), SHOW_LOG)).then((choice) => {
        if (choice === SHOW_LOG) return deps.logger.show();
        const action = actions.find((candidate) => candidate.title === choice);
        if (action) return runAction(action, deps);
      });
      return undefined;
    }
  };
}

function runAction(action: NextStepAction, deps: WrapCommandDeps): void {
  if ("terminal" in action) {
    // Typed, not run: the person reads it (and finishes it, e.g. a profile name) and presses Enter.
    const terminal = deps.window.createTerminal({ name: "MFA Session" });
    terminal.show();
    terminal.sendText(action.terminal, false);
    return;
  }
  void Promise.resolve(deps.executeCommand(action.command, ...(action.args ?? []))).catch((error: unknown) => {
    deps.logger.error(`${action.title} failed: ${describeError(error)}`);
  });
}

function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 5; depth += 1) {
    if (current instanceof Error) {
      const code = isMfaSessionError(current) ? ` [${current.code}]` : "";
      parts.push(`${current.name}${code}: ${current.message}`);
      current = current.cause;
    } else {
      parts.push(String(current));
      current = undefined;
    }
  }
  return parts.join(" <- caused by ");
}
