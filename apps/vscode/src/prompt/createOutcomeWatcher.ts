// After the inline prompt sent a code back, the caller (the CLI) finishes on its own: watch the
// shared cache for the session it writes, then refresh the status bar and say so. A refused code
// needs no watching: the caller asks again and the new box says the code was incorrect.
import type { Clock, SessionSummary } from "@mfa-session/core";
import type * as vscode from "vscode";
import { formatTimeLeft } from "../status/formatTimeLeft.js";

export interface OutcomeWatcherDeps {
  /** The sessions a profile is answered from (core's listSessions), whoever made them. */
  listSessions(profile: string): Promise<SessionSummary[]>;
  refreshStatusBar(): Promise<void>;
  window: Pick<typeof vscode.window, "showInformationMessage">;
  clock: Clock;
  sleep?: (milliseconds: number) => Promise<void>;
  /** Polls, 1 s apart. */
  attempts?: number;
}

export function createOutcomeWatcher(deps: OutcomeWatcherDeps): (profile: string) => Promise<boolean> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.()));
  return async (profile) => {
    const since = deps.clock.now() - 1_000;
    for (let attempt = 0; attempt < (deps.attempts ?? 30); attempt += 1) {
      await sleep(1_000);
      const fresh = (await deps.listSessions(profile).catch(() => [])).find((session) => session.createdAt.getTime() >= since && !session.expired);
      if (fresh) {
        await deps.refreshStatusBar();
        void deps.window.showInformationMessage(
          `MFA Session: profile ${profile} signed in, session ends in ${formatTimeLeft(fresh.expiration.getTime() - deps.clock.now())}.`,
        );
        return true;
      }
    }
    await deps.refreshStatusBar();
    return false;
  };
}
