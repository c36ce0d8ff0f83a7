// What to tell the person about a profile before answering for it, on every path (cache hit or not):
// pure, from the resolved profile alone. Never fails the call: we were called, so we carry on.

import type { ResolvedProfile } from "../config/ResolvedProfile.js";

export function getProfileWarnings(profile: ResolvedProfile): string[] {
  const warnings: string[] = [];
  // The SDKs take static keys over credential_process: they never call us, and never ask for a code.
  if (profile.staticKeysBesideCredentialProcess !== undefined) {
    warnings.push(
      `profile ${profile.name} has aws_access_key_id in ${profile.staticKeysBesideCredentialProcess} next to credential_process; AWS tools use those keys and skip MFA. Remove them, and keep the long-term keys in the source profile.`,
    );
  }
  return warnings;
}
