// Which profile the status bar follows: the one picked with "switch" (remembered per window
// state), else the defaultProfile setting, else AWS_PROFILE, else AWS_DEFAULT_PROFILE (core's
// order, as the CLI's), else none (the longest session).
import { findProfileName } from "@mfa-session/core";
import type * as vscode from "vscode";

export interface ActiveProfile {
  get(): string | undefined;
  set(profile: string | undefined): Promise<void>;
}

export interface ActiveProfileDeps {
  memento: Pick<vscode.Memento, "get" | "update">;
  getDefaultProfile: () => string | undefined;
  env: NodeJS.ProcessEnv;
}

const KEY = "mfaSession.activeProfile";

export function createActiveProfile(deps: ActiveProfileDeps): ActiveProfile {
  return {
    get: () => findProfileName(deps.memento.get<string>(KEY) || deps.getDefaultProfile(), deps.env),
    set: async (profile) => {
      await deps.memento.update(KEY, profile);
    },
  };
}
