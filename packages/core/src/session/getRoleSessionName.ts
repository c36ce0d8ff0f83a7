// RoleSessionName: the profile's role_session_name, else mfa-session-<timestamp> (AWS allows [\w+=,.@-], 2..64).
import type { RoleSpec } from "../config/ResolvedProfile.js";
import type { Clock } from "../ports/ports.js";

export function getRoleSessionName(role: RoleSpec, clock: Clock): string {
  if (role.roleSessionName !== undefined && role.roleSessionName !== "") return role.roleSessionName;
  return `mfa-session-${Math.floor(clock.now())}`;
}
