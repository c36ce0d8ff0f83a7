// THE order of precedence of code sources (README, "Where the code comes from"): a pure function of
// the environment and of which sources are available, so a change to the order is one edit here.
import type { Env } from "../config/Env.js";
import { PROMPT_SERVER_ENV, parsePromptServerEnv } from "../ipc/promptServerEnv.js";
import { CODE_SOURCE_ORDER_ENV, DEFAULT_CODE_SOURCE_ORDER, TERMINAL_FIRST_CODE_SOURCE_ORDER, type CodeSourceName } from "./CodeSource.js";
import { parseCodeSourceOrder } from "./parseCodeSourceOrder.js";

export interface GetCodeSourceOrderOptions {
  env: Env;
  /** The sources that have a provider here: what the app supplied, and process when the profile has mfa_process. */
  available: ReadonlySet<CodeSourceName>;
}

export function getCodeSourceOrder({ env, available }: GetCodeSourceOrderOptions): CodeSourceName[] {
  // Read first, so a mistake in the variable is reported whatever else is given.
  const chosen = parseCodeSourceOrder(env[CODE_SOURCE_ORDER_ENV]);
  // A code given to this very call is more specific than the environment: it alone is used.
  if (available.has("token")) return ["token"];
  return (chosen ?? getDefaultOrder(env)).filter((name) => available.has(name));
}

/**
 * The editor first only in a VS Code terminal (the extension names its window in the environment).
 * Anywhere else (a terminal outside the editor, an SSH session) the terminal is asked; the window of
 * the discovery files comes next, for callers with no terminal (the AWS Toolkit, a GUI app).
 */
function getDefaultOrder(env: Env): readonly CodeSourceName[] {
  return parsePromptServerEnv(env[PROMPT_SERVER_ENV]) === undefined ? TERMINAL_FIRST_CODE_SOURCE_ORDER : DEFAULT_CODE_SOURCE_ORDER;
}

/** The sources a caller has: the app's (`process` is never the app's) and `process` when the profile has an mfa_process. */
export function getAvailableSources(appSources: Iterable<CodeSourceName>, mfaProcess: string | undefined): Set<CodeSourceName> {
  const available = new Set<CodeSourceName>([...appSources].filter((name) => name !== "process"));
  if (mfaProcess !== undefined && mfaProcess !== "") available.add("process");
  return available;
}
