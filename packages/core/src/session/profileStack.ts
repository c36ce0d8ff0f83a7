// Stops credential_process from calling itself: each run adds its profile to an environment variable
// its children inherit (the source profile's own credential_process, mfa_process), so a loop back to
// the same profile fails at once with a clear error, on a cache hit as on a miss, instead of forking forever.
import { MfaSessionError } from "../errors/MfaSessionError.js";


export const PROFILE_STACK_ENV = "MFA_SESSION_PROFILE_STACK";

// The stack is a comma list of percent-encoded names (encodeURIComponent), so a name holding a comma,
// a space or a quote, all legal in a profile name, stays one entry. The usual names (letters, digits,
// "-", "_", ".") encode to themselves: an older mfa-session above or below reads and writes them the same.

/** The profiles the mfa-session runs above this one are resolving, outermost first. */
export function readProfileStack(env: NodeJS.ProcessEnv): string[] {
  return (env[PROFILE_STACK_ENV] ?? "").split(",").filter(Boolean).map(decodeName);
}

// A stray "%" comes from an older mfa-session's plain list: keep that entry as written.
function decodeName(entry: string): string {
  try {
    return decodeURIComponent(entry);
  } catch {
    return entry;
  }
}

/** Throws when a parent mfa-session is already resolving `profile`. */
export function guardProfileStack(env: NodeJS.ProcessEnv, profile: string): void {
  const stack = readProfileStack(env);
  if (!stack.includes(profile)) return;
  throw new MfaSessionError(
    `Profile ${profile}: its credentials would come from mfa-session for ${profile} again (${[...stack, profile].join(" -> ")}). Set mfa_session_source_profile to the profile that holds your long-term access keys, not to one whose credential_process is mfa-session.`, "CREDENTIAL_PROCESS_RECURSION",
  );
}

/** The environment for this run's children, with `profile` on the stack. */
export function pushProfileStack(env: NodeJS.ProcessEnv, profile: string): NodeJS.ProcessEnv {
  return { ...env, [PROFILE_STACK_ENV]: [...readProfileStack(env), profile].map(encodeURIComponent).join(",") };
}
