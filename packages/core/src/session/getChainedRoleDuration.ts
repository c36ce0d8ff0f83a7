// AWS caps a role session assumed with temporary credentials (role chaining) at one hour.
import type { RoleSpec } from "../config/ResolvedProfile.js";
import type { Logger } from "../ports/ports.js";

export const MAX_CHAINED_ROLE_SECONDS = 3600;

/** duration_seconds for AssumeRole from the MFA session: capped at 3600, saying why when it cuts. */
export function getChainedRoleDuration(role: RoleSpec, profile: string, logger: Logger): number | undefined {
  const requested = role.durationSeconds;
  if (requested === undefined || requested <= MAX_CHAINED_ROLE_SECONDS) return requested;
  logger.info(
    `Profile ${profile}: duration_seconds ${requested} is capped at ${MAX_CHAINED_ROLE_SECONDS} because the role is assumed from the MFA session (AWS role chaining limit); assume the role directly with the MFA code for longer sessions (one code per role).`,
  );
  return MAX_CHAINED_ROLE_SECONDS;
}
