// `mfa-session status`: each cached session, its device, and time left. No secrets.
import { createSessionCache, getCacheDir, getStateDir, listSessions, loadProfile, systemClock, type SessionSummary } from "@mfa-session/core";
import { getHomedir } from "../getHomedir.js";
import { EXIT_OK, type CliIo, type Command } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { formatRemaining } from "./formatRemaining.js";

const help = `Usage: mfa-session status [--profile PROFILE] [--json]

Lists the cached sessions (MFA sessions and role sessions made from them) with the MFA device, the
role, and the time left. Nothing secret is shown.

Options:
  --profile PROFILE    only the sessions this profile is answered from, whichever profile made
                       them (profiles on the same keys and MFA device share one)
  --json               machine-readable output
  -h, --help           show this help

Examples:
  mfa-session status
  mfa-session status --profile dev --json
`;

export const statusCommand: Command = {
  summary: "show cached sessions, their device and time left",
  help,
  async run(argv: string[], io: CliIo) {
    const { values } = parseCommandArgs("status", argv, { profile: { type: "string" }, json: { type: "boolean" } });
    const homedir = getHomedir(io);
    const cache = createSessionCache({ dir: getCacheDir({ env: io.env, homedir }) });
    const forProfile = values.profile ? await loadProfile({ profile: values.profile, env: io.env, homedir }) : undefined;
    const sessions = await listSessions({ cache, clock: systemClock, ...(forProfile ? { forProfile } : {}) });
    // On WSL with ~/.aws on a Windows drive the cache is elsewhere: say where, and why.
    const { note } = getStateDir({ homedir, env: io.env });
    if (note !== undefined && io.env.MFA_SESSION_CACHE_DIR === undefined) io.stderr.write(`mfa-session: ${note}\n`);
    io.stdout.write(values.json ? formatStatusJson(sessions) : formatStatusTable(sessions, forProfile?.name));
    return EXIT_OK;
  },
};

export function formatStatusJson(sessions: SessionSummary[]): string {
  const rows = sessions.map((s) => ({
    profile: s.profile, kind: s.kind, sourceProfile: s.sourceProfile,
    ...(s.mfaSerial ? { mfaSerial: s.mfaSerial } : {}), ...(s.roleArn ? { roleArn: s.roleArn } : {}),
    expiration: s.expiration.toISOString().replace(/\.\d{3}Z$/, "Z"),
    remainingSeconds: Math.floor(s.remainingMs / 1000), expired: s.expired,
  }));
  return `${JSON.stringify({ sessions: rows }, null, 2)}\n`;
}

/** `profile`: the profile the list was made for, named in "no session" (the PROFILE column says who made each). */
export function formatStatusTable(sessions: SessionSummary[], profile?: string): string {
  if (sessions.length === 0) {
    return profile === undefined
      ? "No cached sessions. Run `mfa-session login --profile PROFILE` to start one.\n"
      : `No cached session serves profile ${profile}. Run \`mfa-session login --profile ${profile}\` to start one.\n`;
  }
  const rows = [["PROFILE", "KIND", "DEVICE / ROLE", "EXPIRES (UTC)", "LEFT"]];
  for (const s of sessions) {
    rows.push([s.profile, s.kind, s.roleArn ?? s.mfaSerial ?? "-", s.expiration.toISOString().slice(0, 16).replace("T", " "), formatRemaining(s.remainingMs)]);
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd()).join("\n") + "\n";
}
