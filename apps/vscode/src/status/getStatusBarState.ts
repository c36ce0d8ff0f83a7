// Pure: what the status bar item says for a list of sessions at a given moment.
import { escapeMarkdown } from "../ui/escapeMarkdown.js";
import { formatLocalTime } from "../ui/formatLocalTime.js";
import { formatTimeLeft } from "./formatTimeLeft.js";
import { pickActiveSession } from "./pickActiveSession.js";
import type { SessionView } from "./SessionView.js";

const SIGN_IN = "mfaSession.signIn";
const SIGN_OUT = "mfaSession.signOut";
/** A Markdown link that runs a command with these arguments (trusted only for tooltipCommands). */
const commandLink = (label: string, command: string, args: unknown[]): string => `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;

export interface StatusBarState {
  text: string;
  /** Markdown, with command links. */
  tooltip: string;
  /** The only commands the tooltip's links may run. */
  tooltipCommands: string[];
  /** Less than the warning threshold left (or only expired sessions for the active profile): show the warning colour. */
  warning: boolean;
  /** Profile of the session shown, if any. */
  profile?: string;
  /** Quiet for people who use no MFA at all: shown once there is an MFA profile or a cached session. */
  visible: boolean;
}

export interface StatusBarInput {
  /** With activeProfile: the sessions that profile is answered from. */
  sessions: readonly SessionView[];
  activeProfile?: string;
  now: number;
  warningThresholdMinutes: number;
}

export function getStatusBarState(input: StatusBarInput & { /** Some profile names an MFA device or uses mfa-session. */ hasMfaProfile: boolean }): StatusBarState {
  const session = pickActiveSession(input.sessions, input.activeProfile, input.now);
  const visible = input.hasMfaProfile || input.sessions.length > 0;
  if (!session && input.activeProfile !== undefined) {
    const profile = input.activeProfile;
    const signIn = commandLink("Sign In", SIGN_IN, [{ profile }]);
    // Only an expired session warns; none at all (a deliberate sign-out, or never signed in) is quiet.
    const ended = Math.max(...input.sessions.map((expired) => expired.expiration.getTime()));
    const expired = input.sessions.length > 0;
    return {
      text: expired ? `$(warning) MFA ${profile}: expired` : `$(lock) MFA ${profile}: signed out`,
      tooltip: expired
        ? `The MFA session for profile ${escapeMarkdown(profile)} ended at ${formatLocalTime(new Date(ended))}. Click to sign in again or pick another session.\n\n${signIn}`
        : `No MFA session for profile ${escapeMarkdown(profile)}. Click to sign in or pick another session.\n\n${signIn}`,
      tooltipCommands: [SIGN_IN],
      warning: expired,
      visible,
      profile,
    };
  }
  if (!session) {
    return { text: "$(lock) MFA: signed out", tooltip: "No MFA session. Click to sign in.", tooltipCommands: [], warning: false, visible };
  }
  const left = session.expiration.getTime() - input.now;
  const warning = left < input.warningThresholdMinutes * 60_000;
  // The active profile's name, though another profile on the same keys and device may have made the session.
  const profile = input.activeProfile ?? session.profile;
  return {
    text: `$(${warning ? "warning" : "unlock"}) MFA ${profile} ${formatTimeLeft(left)}`,
    tooltip:
      `MFA session for profile ${escapeMarkdown(profile)} ends at ${formatLocalTime(session.expiration)}. Click to renew, sign out or switch.\n\n` +
      `${commandLink("Renew", SIGN_IN, [{ profile, forceRefresh: true }])} · ${commandLink("Sign Out", SIGN_OUT, [profile])}`,
    tooltipCommands: [SIGN_IN, SIGN_OUT],
    warning,
    profile,
    visible,
  };
}
