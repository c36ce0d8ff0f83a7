// The extension's Logger (core's port) over its output channel: timestamped, levelled, redacted.
import { redactSecrets, type Clock, type Logger } from "@mfa-session/core";
import type * as vscode from "vscode";

export interface OutputLogger extends Logger {
  error(message: string): void;
  show(): void;
}

export function createOutputLogger(channel: Pick<vscode.OutputChannel, "appendLine" | "show">, clock: Clock): OutputLogger {
  const write = (level: string) => (message: string) =>
    channel.appendLine(`${new Date(clock.now()).toISOString()} [${level}] ${redactSecrets(message)}`);
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    show: () => channel.show(true),
  };
}
