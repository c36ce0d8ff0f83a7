// The extension's Logger (core's port) over its LogOutputChannel: VS Code adds the time and the level
// (and filters by the level the person chose); every line is redacted by core's redactSecrets first.
import { redactSecrets, type Logger } from "@mfa-session/core";
import type * as vscode from "vscode";

export interface OutputLogger extends Logger {
  error(message: string): void;
  show(): void;
}

export type LogChannel = Pick<vscode.LogOutputChannel, "debug" | "info" | "warn" | "error" | "show">;

export function createOutputLogger(channel: LogChannel): OutputLogger {
  return {
    debug: (message) => channel.debug(redactSecrets(message)),
    info: (message) => channel.info(redactSecrets(message)),
    warn: (message) => channel.warn(redactSecrets(message)),
    error: (message) => channel.error(redactSecrets(message)),
    show: () => channel.show(true),
  };
}
