// Which profile was asked for: an explicit name beats AWS_PROFILE, which beats AWS_DEFAULT_PROFILE.
import type { Env } from "./Env.js";

export function getProfileName(explicit: string | undefined, env: Env): string {
  for (const candidate of [explicit, env.AWS_PROFILE, env.AWS_DEFAULT_PROFILE]) {
    if (candidate !== undefined && candidate.trim() !== "") return candidate.trim();
  }
  return "default";
}
