// Stops credential_process from calling itself: each mfa-session run adds its profile to an environment
// variable its children inherit (the source profile's own credential_process, mfa_process), so a
// loop back to the same profile fails at once with a clear error instead of forking forever.
import { CredentialProcessRecursionError } from "@mfa-session/core";
import { PROFILE_STACK_ENV, readProfileStack } from "./profileStack.js";

/** The environment to hand to core (and so to any child), with `profile` on the stack. */
export function guardRecursion(env: NodeJS.ProcessEnv, profile: string): NodeJS.ProcessEnv {
  const stack = readProfileStack(env);
  if (stack.includes(profile)) {
    throw new CredentialProcessRecursionError(
      `Profile ${profile}: its credentials would come from mfa-session for ${profile} again (${[...stack, profile].join(" -> ")}). Set mfa_session_source_profile to the profile that holds your long-term access keys, not to one whose credential_process is mfa-session.`,
    );
  }
  return { ...env, [PROFILE_STACK_ENV]: [...stack, profile].join(",") };
}
