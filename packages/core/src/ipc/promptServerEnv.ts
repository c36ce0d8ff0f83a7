// The variable a VS Code window sets in its integrated terminals and tasks to name its prompt server:
//   MFA_SESSION_VSCODE_IPC='{"socketPath":"...","secret":"..."}'
// Pure, so the order of code sources (prompt/getCodeSourceOrder) can ask whether it names a window.
import { parseJsonObject } from "../cache/parseJsonObject.js";

export const PROMPT_SERVER_ENV = "MFA_SESSION_VSCODE_IPC";

export interface PromptServerAddress {
  socketPath: string;
  secret: string;
}

/** The value of MFA_SESSION_VSCODE_IPC for a terminal. */
export function formatPromptServerEnv(address: PromptServerAddress): string {
  return JSON.stringify({ socketPath: address.socketPath, secret: address.secret });
}

export function parsePromptServerEnv(value: string | undefined): PromptServerAddress | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  // A broken value is as good as none; discovery files still apply.
  const { socketPath, secret } = parseJsonObject(value) ?? {};
  return typeof socketPath === "string" && socketPath !== "" && typeof secret === "string" && secret !== "" ? { socketPath, secret } : undefined;
}
