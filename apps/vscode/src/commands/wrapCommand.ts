// The extension's one error boundary: every command runs through it. Cancellation is quiet; any
// other error becomes one message with a "Show log" action, its next step worded as VS Code
// commands (wordNextStep), and its details (cause chain, code) go to the output channel, where the
// logger redacts anything secret-looking.
import { formatErrorMessage, isMfaSessionError } from "@mfa-session/core";
import type * as vscode from "vscode";
import type { OutputLogger } from "../log/createOutputLogger.js";
import { wordNextStep } from "./wordNextStep.js";

export interface WrapCommandDeps {
  window: Pick<typeof vscode.window, "showErrorMessage">;
  logger: OutputLogger;
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
      void Promise.resolve(deps.window.showErrorMessage(`${title}: ${message}`, SHOW_LOG)).then((choice) => {
        if (choice === SHOW_LOG) deps.logger.show();
      });
      return undefined;
    }
  };
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
