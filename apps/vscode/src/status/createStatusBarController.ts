// Owns the status bar item: refreshes it from the session cache on a timer and on demand (after
// sign-in, sign-out, switch), warning colour under the threshold; a click opens Show Sessions; hidden
// while there is neither an MFA profile nor a session.
import type { Clock, Logger } from "@mfa-session/core";
import * as vscode from "vscode";
import type { ProfileChoice } from "../services/ExtensionServices.js";
import type { ExpiryNotifier } from "./createExpiryNotifier.js";
import { getStatusBarState, type StatusBarInput } from "./getStatusBarState.js";
import { isMfaProfile } from "./isMfaProfile.js";
import type { SessionView } from "./SessionView.js";

export interface StatusBarController extends vscode.Disposable {
  refresh(): Promise<void>;
}

export interface StatusBarControllerDeps {
  window: Pick<typeof vscode.window, "createStatusBarItem">;
  /** With the active profile: the sessions it is answered from (core's listSessions), whoever made them. */
  listSessions: (profile?: string) => Promise<SessionView[]>;
  /** The configured profiles: the item stays hidden until one of them is an MFA profile (or a session exists). */
  listProfiles: () => Promise<ProfileChoice[]>;
  getActiveProfile: () => string | undefined;
  getWarningThresholdMinutes: () => number;
  clock: Clock;
  logger: Logger;
  /** Command run on click. */
  command: string;
  /** Told of every refresh (timely warnings before and at expiry). */
  notifier?: Pick<ExpiryNotifier, "update">;
  /** Production: setInterval every 30 s; tests pass their own ticker. */
  every?: (milliseconds: number, tick: () => void) => vscode.Disposable;
}

const everyWithTimer = (milliseconds: number, tick: () => void): vscode.Disposable => {
  const timer = setInterval(tick, milliseconds);
  timer.unref?.();
  return { dispose: () => clearInterval(timer) };
};

export function createStatusBarController(deps: StatusBarControllerDeps): StatusBarController {
  const item = deps.window.createStatusBarItem("mfaSession.status", vscode.StatusBarAlignment.Left, 100);
  item.name = "MFA Session";
  item.command = deps.command;
  let running: Promise<void> | undefined;

  async function update(): Promise<void> {
    const activeProfile = deps.getActiveProfile();
    let sessions: SessionView[] = [];
    try {
      sessions = await deps.listSessions(activeProfile);
    } catch (error) {
      deps.logger.warn(`Status bar: could not list the sessions${activeProfile ? ` of profile ${activeProfile}` : ""}: ${(error as Error).message}`);
    }
    // When the profiles cannot be read, show the item rather than hide a session's state.
    let hasMfaProfile = true;
    try {
      hasMfaProfile = (await deps.listProfiles()).some(isMfaProfile);
    } catch (error) {
      deps.logger.warn(`Status bar: could not list the profiles: ${(error as Error).message}`);
    }
    const input: StatusBarInput = {
      sessions,
      now: deps.clock.now(),
      warningThresholdMinutes: deps.getWarningThresholdMinutes(),
      ...(activeProfile ? { activeProfile } : {}),
    };
    const state = getStatusBarState({ ...input, hasMfaProfile });
    item.text = state.text;
    const tooltip = new vscode.MarkdownString(state.tooltip);
    tooltip.isTrusted = { enabledCommands: state.tooltipCommands };
    item.tooltip = tooltip;
    item.backgroundColor = state.warning ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    if (state.visible) item.show();
    else item.hide();
    // Not awaited: a notification waits for its button while the status bar keeps ticking.
    void deps.notifier?.update(input);
  }

  const refresh = (): Promise<void> => {
    // Collapse overlapping refreshes (timer + command) into one read of the cache.
    running ??= update().finally(() => {
      running = undefined;
    });
    return running;
  };

  const ticker = (deps.every ?? everyWithTimer)(30_000, () => void refresh());
  return {
    refresh,
    dispose: () => {
      ticker.dispose();
      item.dispose();
    },
  };
}
