import { describe, expect, it } from "vitest";
import { formatLocalTime } from "../ui/formatLocalTime.js";
import { getStatusBarState } from "./getStatusBarState.js";
import type { SessionView } from "./SessionView.js";

const now = Date.parse("2026-01-01T00:00:00Z");
const session = (profile: string, minutesLeft: number, kind: SessionView["kind"] = "mfa-session"): SessionView => ({
  profile,
  kind,
  key: `${profile}-${kind}`,
  expiration: new Date(now + minutesLeft * 60_000),
});

describe(getStatusBarState.name, () => {
  it("shows the active profile and its time left", () => {
    const state = getStatusBarState({ sessions: [session("work", 11 * 60 + 42)], activeProfile: "work", now, warningThresholdMinutes: 15, hasMfaProfile: true });
    expect(state.text).toBe("$(unlock) MFA work 11h42m");
    expect(state.warning).toBe(false);
    expect(state.profile).toBe("work");
  });

  it("names the active profile for a session another profile on the same keys and device made", () => {
    const state = getStatusBarState({ sessions: [session("a", 90)], activeProfile: "dev", now, warningThresholdMinutes: 15, hasMfaProfile: true });
    expect(state).toMatchObject({ text: "$(unlock) MFA dev 1h30m", profile: "dev" });
    expect(state.tooltip).toContain("profile dev");
  });

  it("says in local time when the session ends", () => {
    const state = getStatusBarState({ sessions: [session("work", 90)], activeProfile: "work", now, warningThresholdMinutes: 15, hasMfaProfile: true });
    expect(state.tooltip).toContain(`ends at ${formatLocalTime(new Date(now + 90 * 60_000))}`);
    expect(state.tooltip).not.toContain(new Date(now + 90 * 60_000).toISOString());
  });

  it("offers Renew and Sign Out links in the tooltip, trusting only those two commands", () => {
    const state = getStatusBarState({ sessions: [session("work", 90)], activeProfile: "work", now, warningThresholdMinutes: 15, hasMfaProfile: true });
    expect(state.tooltip).toContain(`[Renew](command:mfaSession.signIn?${encodeURIComponent(JSON.stringify([{ profile: "work", forceRefresh: true }]))})`);
    expect(state.tooltip).toContain(`[Sign Out](command:mfaSession.signOut?${encodeURIComponent(JSON.stringify(["work"]))})`);
    expect(state.tooltipCommands).toEqual(["mfaSession.signIn", "mfaSession.signOut"]);
  });

  it("offers only a Sign In link when the active profile is signed out", () => {
    const state = getStatusBarState({ sessions: [], activeProfile: "work", now, warningThresholdMinutes: 15, hasMfaProfile: true });
    expect(state.tooltip).toContain(`[Sign In](command:mfaSession.signIn?${encodeURIComponent(JSON.stringify([{ profile: "work" }]))})`);
    expect(state.tooltipCommands).toEqual(["mfaSession.signIn"]);
  });

  it("uses the warning colour under the threshold", () => {
    const state = getStatusBarState({ sessions: [session("work", 14)], activeProfile: "work", now, warningThresholdMinutes: 15, hasMfaProfile: true });
    expect(state).toMatchObject({ text: "$(warning) MFA work 14m", warning: true });
  });

  it("follows the longest session when no profile is active", () => {
    const state = getStatusBarState({ sessions: [session("a", 20), session("b", 600), session("c", -5)], now, warningThresholdMinutes: 15, hasMfaProfile: true });
    expect(state.profile).toBe("b");
  });

  it("shows the role session that ends first for a profile with both kinds", () => {
    const state = getStatusBarState({ sessions: [session("dev", 700), session("dev", 50, "role")], activeProfile: "dev", now, warningThresholdMinutes: 15, hasMfaProfile: true });
    expect(state.text).toBe("$(unlock) MFA dev 50m");
  });

  it("says expired, and when, when the active profile's session has ended", () => {
    const state = getStatusBarState({ sessions: [session("work", -1), session("work", -30, "role")], activeProfile: "work", now, warningThresholdMinutes: 15, hasMfaProfile: true });
    expect(state).toMatchObject({ text: "$(warning) MFA work: expired", warning: true });
    expect(state.tooltip).toContain(`ended at ${formatLocalTime(new Date(now - 60_000))}`);
    expect(state.tooltip).toContain(`[Sign In](command:mfaSession.signIn?`);
    expect(state.tooltipCommands).toEqual(["mfaSession.signIn"]);
  });

  it("escapes Markdown in profile names in the tooltip (the name is shown, not interpreted)", () => {
    const live = getStatusBarState({ sessions: [session("a", 90)], activeProfile: "my_*dev*[x](command:evil)", now, warningThresholdMinutes: 15, hasMfaProfile: true });
    expect(live.tooltip).toContain("profile my\\_\\*dev\\*\\[x\\]\\(command:evil\\)");
    const out = getStatusBarState({ sessions: [], activeProfile: "<b>x</b>", now, warningThresholdMinutes: 15, hasMfaProfile: true });
    expect(out.tooltip).toContain("profile \\<b\\>x\\</b\\>");
  });

  it("drops the warning colour after a deliberate sign-out (no session left for the active profile)", () => {
    const state = getStatusBarState({ sessions: [], activeProfile: "work", now, warningThresholdMinutes: 15, hasMfaProfile: true });
    expect(state).toMatchObject({ text: "$(lock) MFA work: signed out", warning: false, profile: "work" });
  });

  it("stays hidden for someone with no MFA profile and no session", () => {
    expect(getStatusBarState({ sessions: [], now, warningThresholdMinutes: 15, hasMfaProfile: false })).toMatchObject({ visible: false });
  });

  it("shows once there is an MFA profile, or a session without one", () => {
    expect(getStatusBarState({ sessions: [], now, warningThresholdMinutes: 15, hasMfaProfile: true })).toMatchObject({ visible: true });
    expect(getStatusBarState({ sessions: [session("a", 30)], now, warningThresholdMinutes: 15, hasMfaProfile: false })).toMatchObject({ visible: true, profile: "a" });
  });

  it("says signed out without a warning when there is no session and no active profile", () => {
    expect(getStatusBarState({ sessions: [], now, warningThresholdMinutes: 15, hasMfaProfile: true })).toMatchObject({ text: "$(lock) MFA: signed out", warning: false });
  });
});
