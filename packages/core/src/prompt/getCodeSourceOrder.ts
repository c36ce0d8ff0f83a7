// THE order of precedence of code sources (README, "Where the code comes from"): a pure function of
// the environment and of which sources are available, so a change to the order is one edit here.
import type { Env } from "../config/Env.js";
import { CODE_SOURCE_ORDER_ENV, DEFAULT_CODE_SOURCE_ORDER, type CodeSourceName } from "./CodeSource.js";
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
  return (chosen ?? DEFAULT_CODE_SOURCE_ORDER).filter((name) => available.has(name));
}
