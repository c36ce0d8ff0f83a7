// `mfa-session login --profile P`: get or renew the session now, interactively, so later
// credential_process calls (which may have no terminal) hit the cache.
import { UsageError, getProfileName, systemClock } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { getCliCredentials } from "../session/getCliCredentials.js";
import { formatRemaining } from "./formatRemaining.js";

const help = `Usage: mfa-session login --profile PROFILE [--token-code CODE] [--force]

Gets an MFA session for the profile now (asking for the code in this terminal, or wherever the
prompt drivers find you), or reports the cached one. Later tools reuse it from the cache.

Options:
  --profile PROFILE    the profile (default: AWS_PROFILE, else AWS_DEFAULT_PROFILE, else "default")
  --token-code CODE    the current 6-digit code instead of a prompt
  --force              start a new session even when a cached one is still valid
  -h, --help           show this help

Examples:
  mfa-session login --profile dev
  mfa-session login --profile dev --force
`;

export const loginCommand: Command = {
  summary: "get or renew the MFA session for a profile now",
  help,
  async run(argv: string[], io: CliIo) {
    const { values } = parseCommandArgs("login", argv, {
      profile: { type: "string" },
      "token-code": { type: "string" },
      force: { type: "boolean" },
    });
    if (values.profile?.trim() === "") throw new UsageError("login: --profile must not be empty.");
    const profile = getProfileName(values.profile, io.env);
    const result = await getCliCredentials(io, { profile, tokenCode: values["token-code"], forceRefresh: values.force ?? false });
    const expiration = result.credentials.expiration;
    const left = formatRemaining(expiration.getTime() - systemClock.now());
    const how = result.source === "cache" ? "cached session still valid" : "new session";
    io.stdout.write(`Profile ${profile}: ${how} until ${expiration.toISOString().replace(/\.\d{3}Z$/, "Z")} (${left} left).\n`);
    return EXIT_OK;
  },
};
