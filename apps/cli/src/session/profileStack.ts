// The profiles this chain of mfa-session runs is already resolving, passed to children through an
// environment variable so a credential_process loop back to the same profile can be caught.
export const PROFILE_STACK_ENV = "MFA_SESSION_PROFILE_STACK";

export function readProfileStack(env: NodeJS.ProcessEnv): string[] {
  return (env[PROFILE_STACK_ENV] ?? "").split(",").filter(Boolean);
}
