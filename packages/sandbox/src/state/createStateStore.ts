// Holds the state in memory and, with a file path, persists it as JSON after every change:
// written to a temp file (0600) in the same folder and renamed over, so readers never see half a file.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { randomBytes } from "node:crypto";
import type { SandboxState } from "./SandboxState.js";

export interface StateStore {
  readonly state: SandboxState;
  /** Persists the current state (no-op in memory mode). */
  commit(): void;
}

export interface StateStoreOptions {
  statePath?: string;
  /** Used when there is no file yet (or no file at all). */
  initial: () => SandboxState;
}

export function createStateStore(options: StateStoreOptions): StateStore {
  const { statePath } = options;
  const state = statePath && existsSync(statePath) ? readStateFile(statePath) : options.initial();
  const store: StateStore = {
    state,
    commit() {
      if (statePath) writeStateFile(statePath, state);
    },
  };
  store.commit();
  return store;
}

function readStateFile(path: string): SandboxState {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`Sandbox state file ${path} is not valid JSON; fix or delete it to start fresh.`, { cause: error });
  }
  if (!parsed || typeof parsed !== "object" || (parsed as { version?: unknown }).version !== 1) {
    throw new Error(`Sandbox state file ${path} is not a version 1 sandbox state; delete it to start fresh.`);
  }
  return parsed as SandboxState;
}

function writeStateFile(path: string, state: SandboxState): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  renameSync(temp, path);
}
