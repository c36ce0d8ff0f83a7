import { describe, expect, it } from "vitest";
import { session } from "../../test/fakeServices.js";
import { createFakeWindow } from "../../test/fakeVscode.js";
import { createOutcomeWatcher } from "./createOutcomeWatcher.js";

describe(createOutcomeWatcher.name, () => {
  it("refreshes the status bar and says so once the caller's new session shows up in the cache", async () => {
    const fake = createFakeWindow();
    let now = Date.parse("2026-01-01T00:00:00Z");
    const sessions: ReturnType<typeof session>[] = [session("work", 5, now - 3_600_000)];
    let refreshed = 0;
    const watch = createOutcomeWatcher({
      listSessions: async () => sessions,
      refreshStatusBar: async () => void (refreshed += 1),
      window: fake.window as never,
      clock: { now: () => now },
      sleep: async () => {
        now += 1_000;
        if (now - Date.parse("2026-01-01T00:00:00Z") === 3_000) sessions.push({ ...session("work", 720, now), createdAt: new Date(now) });
      },
    });
    await expect(watch("work")).resolves.toBe(true);
    expect(refreshed).toBe(1);
    expect(fake.messages.map((m) => m.message)).toEqual(["MFA Session: profile work signed in, session ends in 12h00m."]);
  });

  it("gives up quietly after its attempts when no session comes", async () => {
    const fake = createFakeWindow();
    const watch = createOutcomeWatcher({ listSessions: async () => [], refreshStatusBar: async () => {}, window: fake.window as never, clock: { now: () => 0 }, sleep: async () => {}, attempts: 3 });
    await expect(watch("work")).resolves.toBe(false);
    expect(fake.messages).toEqual([]);
  });
});
