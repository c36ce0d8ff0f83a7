import { describe, expect, it } from "vitest";
import { createFakeWindow, MarkdownString, ThemeColor } from "../../test/fakeVscode.js";
import { createStatusBarController } from "./createStatusBarController.js";
import type { ProfileChoice } from "../services/ExtensionServices.js";
import type { SessionView } from "./SessionView.js";

const start = Date.parse("2026-01-01T00:00:00Z");

const mfaProfile: ProfileChoice = { name: "work", mfaSerial: "arn:aws:iam::1:mfa/a", hasStaticKeys: false, usesMfaSession: true };
const keysOnly: ProfileChoice = { name: "keys", hasStaticKeys: true, usesMfaSession: false };

function setup(initial: SessionView[], activeProfile?: string, initialProfiles: ProfileChoice[] = [mfaProfile]) {
  let sessions = initial;
  let profiles = initialProfiles;
  const fake = createFakeWindow();
  let now = start;
  let tick: () => void = () => {};
  const warnings: string[] = [];
  const controller = createStatusBarController({
    window: fake.window as never,
    listSessions: async () => sessions,
    listProfiles: async () => profiles,
    getActiveProfile: () => activeProfile,
    getWarningThresholdMinutes: () => 15,
    clock: { now: () => now },
    logger: { debug() {}, info() {}, warn: (message) => warnings.push(message) },
    command: "mfaSession.showSessions",
    every: (_ms, onTick) => {
      tick = onTick;
      return { dispose() {} };
    },
  });
  const setSessions = (next: SessionView[]) => (sessions = next);
  const setProfiles = (next: ProfileChoice[]) => (profiles = next);
  return { fake, controller, item: fake.statusBarItems[0]!, advance: (ms: number) => (now += ms), tick: () => tick(), warnings, setSessions, setProfiles };
}

const work: SessionView = { profile: "work", kind: "mfa-session", key: "k1", expiration: new Date(start + (11 * 60 + 42) * 60_000 + 30_000) };

describe(createStatusBarController.name, () => {
  it("shows the session and time left, and opens Show Sessions on click", async () => {
    const { controller, item } = setup([work], "work");
    await controller.refresh();
    expect(item).toMatchObject({ text: "$(unlock) MFA work 11h42m", command: "mfaSession.showSessions", visible: true, backgroundColor: undefined });
  });

  it("shows a Markdown tooltip whose links may run only Sign In and Sign Out", async () => {
    const { controller, item } = setup([work], "work");
    await controller.refresh();
    const tooltip = item.tooltip as unknown as MarkdownString & { isTrusted: unknown };
    expect(tooltip).toBeInstanceOf(MarkdownString);
    expect(tooltip.value).toContain("[Renew](command:mfaSession.signIn?");
    expect(tooltip.isTrusted).toEqual({ enabledCommands: ["mfaSession.signIn", "mfaSession.signOut"] });
  });

  it("turns to the warning colour as the session nears its end, on the timer", async () => {
    const { controller, item, advance, tick } = setup([work], "work");
    await controller.refresh();
    advance((11 * 60 + 30) * 60_000);
    tick();
    await controller.refresh();
    expect(item.text).toBe("$(warning) MFA work 12m");
    expect(item.backgroundColor).toEqual(new ThemeColor("statusBarItem.warningBackground"));
  });

  it("leaves the warning colour after a deliberate sign-out", async () => {
    const { controller, item, advance, setSessions } = setup([work], "work");
    advance((11 * 60 + 30) * 60_000);
    await controller.refresh();
    expect(item.backgroundColor).toEqual(new ThemeColor("statusBarItem.warningBackground"));
    setSessions([]);
    await controller.refresh();
    expect(item).toMatchObject({ text: "$(lock) MFA work: signed out", backgroundColor: undefined });
  });

  it("logs and shows signed out when the cache cannot be read", async () => {
    const fake = createFakeWindow();
    const warnings: string[] = [];
    const controller = createStatusBarController({
      window: fake.window as never,
      listSessions: async () => {
        throw new Error("EACCES");
      },
      listProfiles: async () => [mfaProfile],
      getActiveProfile: () => undefined,
      getWarningThresholdMinutes: () => 15,
      clock: { now: () => start },
      logger: { debug() {}, info() {}, warn: (message) => warnings.push(message) },
      command: "x",
      every: () => ({ dispose() {} }),
    });
    await controller.refresh();
    expect(fake.statusBarItems[0]!.text).toBe("$(lock) MFA: signed out");
    expect(warnings).toEqual(["Status bar: could not list the sessions: EACCES"]);
  });

  it("stays hidden until there is an MFA profile", async () => {
    const { controller, item, setProfiles } = setup([], undefined, [keysOnly]);
    await controller.refresh();
    expect(item.visible).toBe(false);
    setProfiles([keysOnly, mfaProfile]);
    await controller.refresh();
    expect(item).toMatchObject({ visible: true, text: "$(lock) MFA: signed out" });
  });

  it("shows when the profiles cannot be read, and logs why", async () => {
    const fake = createFakeWindow();
    const warnings: string[] = [];
    const controller = createStatusBarController({
      window: fake.window as never,
      listSessions: async () => [],
      listProfiles: async () => {
        throw new Error("bad config");
      },
      getActiveProfile: () => undefined,
      getWarningThresholdMinutes: () => 15,
      clock: { now: () => start },
      logger: { debug() {}, info() {}, warn: (message) => warnings.push(message) },
      command: "x",
      every: () => ({ dispose() {} }),
    });
    await controller.refresh();
    expect(fake.statusBarItems[0]!.visible).toBe(true);
    expect(warnings).toEqual(["Status bar: could not list the profiles: bad config"]);
  });

  it("hands each refresh to the expiry notifier, with the clock's time", async () => {
    const fake = createFakeWindow();
    const seen: unknown[] = [];
    const controller = createStatusBarController({
      window: fake.window as never,
      listSessions: async () => [work],
      listProfiles: async () => [mfaProfile],
      getActiveProfile: () => "work",
      getWarningThresholdMinutes: () => 15,
      clock: { now: () => start },
      logger: { debug() {}, info() {}, warn() {} },
      command: "x",
      every: () => ({ dispose() {} }),
      notifier: { update: async (input) => void seen.push(input) },
    });
    await controller.refresh();
    expect(seen).toEqual([{ sessions: [work], activeProfile: "work", now: start, warningThresholdMinutes: 15 }]);
  });

  it("disposes its item", () => {
    const { controller, item } = setup([]);
    controller.dispose();
    expect(item.disposed).toBe(true);
  });
});
