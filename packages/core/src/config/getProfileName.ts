// Which profile was asked for: an explicit name beats AWS_PROFILE, which beats AWS_DEFAULT_PROFILE
// (the order of the AWS CLI v1 and older SDKs, which still read the second).
import type { Env } from "./Env.js";

/** The profile named by the caller or the environment; undefined when nothing names one. */
export function findProfileName(explicit: string | undefined, env: Env): string | undefined {
  for (const candidate of [explicit, env.AWS_PROFILE, env.AWS_DEFAULT_PROFILE]) {
    if (candidate !== undefined && candidate.trim() !== "") return candidate.trim();
  }
  return undefined;
}

export function getProfileName(explicit: string | undefined, env: Env): string {
  return findProfileName(explicit, env) ?? "default";
}
