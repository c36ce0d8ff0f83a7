import { describe, expect, it } from "vitest";
import { createFakeWindow } from "../../test/fakeVscode.js";
import { createExpiryNotifier } from "./createExpiryNotifier.js";
import type { SessionView } from "./SessionView.js";

const start = Date.parse("2026-01-01T00:00:00Z");
const work: SessionView = { profile: "work", kind: "mfa-session", key: "k1", expiration: new Date(start + 60 * 60_000) };

function setup() {
  const fake = createFakeWindow();
  const ran: unknown[][] = [];
  const notifier = createExpiryNotifier({
    window: fake.window as never,
    executeCommand: async (...args: unknown[]) => void ran.push(args),
    signInCommand: "mfaSession.signIn",
  });
  const at = (minutes: number, sessions: SessionView[] = [work], activeProfile: string | undefined = "work") =>
    notifier.update({ sessions, now: start + minutes * 60_000, warningThresholdMinutes: 15, ...(activeProfile ? { activeProfile } : {}) });
  return { fake, ran, at };
}

describe(createExpiryNotifier.name, () => {
  it("says nothing while the session has more than the threshold left", async () => {
    const { fake, at } = setup();
    await at(0);
    await at(44);
    expect(fake.messages).toEqual([]);
  });

  it("warns once before expiry, with a Renew button that signs in again to that profile", async () => {
    const { fake, ran, at } = setup();
    fake.clickNext("Renew");
    await at(46);
    await at(47);
    await at(50);
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]).toMatchObject({ level: "warning", items: ["Renew"] });
    expect(fake.messages[0]!.message).toContain("profile work ends in 14m");
    expect(ran).toEqual([["mfaSession.signIn", { profile: "work", forceRefresh: true }]]);
  });

  it("says once when the followed session has expired, with Renew", async () => {
    const { fake, at } = setup();
    await at(50);
    await at(61);
    await at(62);
    expect(fake.messages.map((shown) => shown.message)).toEqual([expect.stringContaining("ends in 10m"), expect.stringContaining("profile work has expired")]);
    expect(fake.messages[1]!.items).toEqual(["Renew"]);
  });

  it("does not report an expiry for a session signed out before it ended", async () => {
    const { fake, at } = setup();
    await at(30);
    await at(61, []);
    expect(fake.messages).toEqual([]);
  });

  it("does not report old sessions that had already expired before it first looked", async () => {
    const { fake, at } = setup();
    await at(120);
    expect(fake.messages).toEqual([]);
  });

  it("warns again for the next session after a renewal", async () => {
    const { fake, at } = setup();
    await at(50);
    const renewed: SessionView = { ...work, expiration: new Date(start + 120 * 60_000) };
    await at(51, [renewed]);
    await at(110, [renewed]);
    expect(fake.messages).toHaveLength(2);
    expect(fake.messages.some((shown) => shown.message.includes("expired"))).toBe(false);
  });
});
