// `mfa-session logout`: forget cached sessions (local only: STS sessions cannot be revoked by their holder).
import { UsageError, createSessionCache, getCacheDir, loadProfile, removeSessions, systemClock, type ResolvedProfile } from "@mfa-session/core";
import { getHomedir } from "../getHomedir.js";
import { EXIT_OK, type CliIo, type Command } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";

const help = `Usage: mfa-session logout (--profile PROFILE | --all)

Removes cached sessions, so the next use asks for an MFA code again. With --profile, the profile's
own sessions and the MFA session it uses (other roles sharing that MFA session lose it too).

Options:
  --profile PROFILE    forget this profile's sessions
  --all                forget every cached session
  -h, --help           show this help

Examples:
  mfa-session logout --profile dev
  mfa-session logout --all
`;

export const logoutCommand: Command = {
  summary: "remove cached sessions (one profile or --all)",
  help,
  async run(argv: string[], io: CliIo) {
    const { values } = parseCommandArgs("logout", argv, { profile: { type: "string" }, all: { type: "boolean" } });
    if (!values.profile === !values.all) throw new UsageError("logout: give either --profile PROFILE or --all.");
    const homedir = getHomedir(io);
    const cache = createSessionCache({ dir: getCacheDir({ env: io.env, homedir }) });
    let profile: string | ResolvedProfile | undefined = values.profile;
    if (values.profile) {
      // The resolved profile also names the MFA session it shares; a profile gone from the config still logs out by name.
      profile = await loadProfile({ profile: values.profile, env: io.env, homedir }).catch(() => values.profile);
    }
    const removed = await removeSessions({ cache, clock: systemClock, ...(profile !== undefined ? { profile } : {}) });
    io.stdout.write(removed.length === 0 ? "No cached sessions to remove.\n" : `Removed ${removed.length} cached session${removed.length === 1 ? "" : "s"}${values.profile ? ` for ${values.profile}` : ""}.\n`);
    return EXIT_OK;
  },
};
