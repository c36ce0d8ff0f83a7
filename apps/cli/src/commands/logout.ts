// `mfa-session logout`: forget cached sessions (local only: STS sessions cannot be revoked by their holder).
import { UsageError, createSessionCache, findSignInsUnderWay, getCacheDir, loadProfile, removeSessions, systemClock, type ResolvedProfile } from "@mfa-session/core";
import { getHomedir } from "../getHomedir.js";
import { EXIT_OK, type CliIo, type Command } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";

const help = `Usage: mfa-session logout (--profile PROFILE | --all)

Removes cached sessions, so the next use asks for an MFA code again. With --profile, the profile's
own sessions and the MFA session it uses (other roles sharing that MFA session lose it too). A
sign-in still under way when logout runs keeps nothing in the cache either (the program waiting for
it still gets its credentials); logout says so when one is.

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
    const cacheDir = getCacheDir({ env: io.env, homedir });
    const cache = createSessionCache({ dir: cacheDir });
    let profile: string | ResolvedProfile | undefined = values.profile;
    if (values.profile) {
      // The resolved profile also names the MFA session it shares; a profile gone from the config still logs out by name.
      profile = await loadProfile({ profile: values.profile, env: io.env, homedir }).catch(() => values.profile);
    }
    const removed = await removeSessions({ cache, clock: systemClock, ...(profile !== undefined ? { profile } : {}) });
    // A profile known only by name has no device to look at: nothing of it can be under way.
    const underWay = typeof profile === "string" ? [] : await findSignInsUnderWay({ cacheDir, ...(profile !== undefined ? { profile } : {}) });
    const lines = [removed.length === 0 ? "No cached sessions to remove." : `Removed ${removed.length} cached session${removed.length === 1 ? "" : "s"}${values.profile ? ` for ${values.profile}` : ""}.`];
    if (underWay.length > 0) lines.push(formatUnderWay(underWay.map((holder) => holder.pid), values.profile));
    io.stdout.write(`${lines.join(" ")}\n`);
    return EXIT_OK;
  },
};

/** What becomes of the sign-ins under way (removeSessions recorded the logout, so they keep nothing it covers). */
function formatUnderWay(pids: number[], profile: string | undefined): string {
  const who = `(process${pids.length === 1 ? "" : "es"} ${pids.join(", ")})`;
  const kept = "the program waiting for it still gets its credentials";
  if (profile === undefined) return `A sign-in still under way ${who} will not be cached either; ${kept}.`;
  return `A sign-in on the same MFA device is under way ${who}: if it is for ${profile}, it will not be cached either; ${kept}.`;
}
