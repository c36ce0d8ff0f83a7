import { describe, expect, it } from "vitest";
import { setupSessionCommand as setup, now, session } from "../../test/commandFixtures.js";
import { createSignOutCommand } from "./createSignOutCommand.js";

describe(createSignOutCommand.name, () => {
  it("forgets the picked profile's sessions", async () => {
    const { fake, calls, deps, refreshed } = setup({ sessions: [session("work", 60, now), session("prod", 60, now)] });
    fake.pickNext("work");
    const removed = await createSignOutCommand(deps).run();
    expect(fake.quickPicks[0]!.items).toEqual(["prod", "work", "All profiles"]);
    expect(calls).toEqual([["signOut", "work"]]);
    expect(removed).toHaveLength(1);
    expect(refreshed()).toBe(1);
    expect(fake.messages[0]!.message).toBe("MFA Session: signed out of profile work (1 cached session removed).");
  });

  it("forgets every session with All profiles", async () => {
    const { fake, calls, deps } = setup({ sessions: [session("work", 60, now), session("prod", 60, now)] });
    fake.pickNext("All profiles");
    await createSignOutCommand(deps).run();
    expect(calls).toEqual([["signOut", undefined]]);
  });

  it("signs out of every profile with nothing cached, so that a sign-in under way is not cached either", async () => {
    const { fake, calls, deps } = setup();
    await createSignOutCommand(deps).run();
    expect(fake.quickPicks).toEqual([]);
    expect(calls).toEqual([["signOut", undefined]]);
    expect(fake.messages[0]!.message).toBe("MFA Session: there was no cached session; signed out of every profile, so a sign-in still under way will not be cached either.");
  });
});
