// The extension's settings (section "mfaSession"), read with defaults and sanitised.
import type * as vscode from "vscode";

export type PreferredPrompt = "inline" | "terminal";

export interface ExtensionSettings {
  defaultProfile?: string;
  warningThresholdMinutes: number;
  preferredPrompt: PreferredPrompt;
  cliPath?: string;
}

export const SETTINGS_SECTION = "mfaSession";

export function readSettings(configuration: Pick<vscode.WorkspaceConfiguration, "get">): ExtensionSettings {
  const defaultProfile = configuration.get<string>("defaultProfile", "")?.trim();
  const cliPath = configuration.get<string>("cliPath", "")?.trim();
  const threshold = Number(configuration.get<number>("warningThresholdMinutes", 15));
  const preferred = configuration.get<string>("preferredPrompt", "inline");
  return {
    ...(defaultProfile ? { defaultProfile } : {}),
    ...(cliPath ? { cliPath } : {}),
    warningThresholdMinutes: Number.isFinite(threshold) && threshold >= 0 ? threshold : 15,
    preferredPrompt: preferred === "terminal" ? "terminal" : "inline",
  };
}
