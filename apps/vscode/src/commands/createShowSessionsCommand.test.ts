import { describe, expect, it } from "vitest";
import { setupSessionCommand as setup, now, session } from "../../test/commandFixtures.js";
import { formatLocalTime } from "../ui/formatLocalTime.js";
import { createShowSessionsCommand } from "./createShowSessionsCommand.js";

describe(createShowSessionsCommand.name, () => {
  function commands(deps: ReturnType<typeof setup>["deps"]) {
    const ran: unknown[] = [];
    const signIn = { id: "i", title: "Sign In", run: async (arg?: unknown) => void ran.push(["signIn", arg]) };
    const signOut = { id: "o", title: "Sign Out", run: async (arg?: unknown) => void ran.push(["signOut", arg]) };
    return { ran, command: createShowSessionsCommand({ ...deps, signIn, signOut }) };
  }

  it("lists sessions with their time left and renews the picked one", async () => {
    const { fake, deps } = setup({ sessions: [session("work", 11 * 60 + 42, now)], active: "work" });
    const { ran, command } = commands(deps);
    fake.pickNext("work");
    fake.pickNext("Renew");
    await command.run();
    expect(fake.quickPicks[0]!.items[0]).toMatchObject({ label: "$(unlock) work", description: "11h42m left · in the status bar" });
    expect(ran).toEqual([["signIn", { profile: "work", forceRefresh: true }]]);
  });

  it("shows the end of each session in local time, short enough not to be cut off", async () => {
    const { fake, deps } = setup({ sessions: [session("work", 90, now)] });
    const { command } = commands(deps);
    fake.pickNext("work");
    fake.pickNext("Renew");
    await command.run();
    const detail: string = fake.quickPicks[0]!.items[0].detail;
    expect(detail).toContain(`until ${formatLocalTime(new Date(now + 90 * 60_000))}`);
    expect(detail).not.toContain("Z");
  });

  it("signs out of the picked session", async () => {
    const { fake, deps } = setup({ sessions: [session("work", 30, now)] });
    const { ran, command } = commands(deps);
    fake.pickNext("work");
    fake.pickNext("Sign out");
    await command.run();
    expect(ran).toEqual([["signOut", "work"]]);
  });

  it("switches the status bar to the picked profile", async () => {
    const { fake, deps, active, refreshed } = setup({ sessions: [session("prod", 30, now)], active: "work" });
    const { ran, command } = commands(deps);
    fake.pickNext("prod");
    fake.pickNext("Switch");
    await command.run();
    expect(ran).toEqual([]);
    expect(active()).toBe("prod");
    expect(refreshed()).toBe(1);
  });

  it("offers to sign in when there is no session", async () => {
    const { fake, deps } = setup();
    const { ran, command } = commands(deps);
    fake.pickNext("Sign in to a profile");
    await command.run();
    expect(ran).toEqual([["signIn", undefined]]);
  });
});
