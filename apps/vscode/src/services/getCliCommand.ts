// How credential_process starts the CLI, as words: the cliPath setting (a .js file runs under
// node), else `mfa-session` on PATH. Core's planProfileEdit quotes them for the platform.

export function getCliCommand(cliPath: string | undefined): string[] {
  if (!cliPath) return ["mfa-session"];
  return /\.[cm]?js$/i.test(cliPath) ? ["node", cliPath] : [cliPath];
}
