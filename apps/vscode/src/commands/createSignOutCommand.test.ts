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

  it("says there is nothing to sign out of", async () => {
    const { fake, calls, deps } = setup();
    await createSignOutCommand(deps).run();
    expect(calls).toEqual([]);
    expect(fake.messages[0]!.message).toBe("MFA Session: there is no cached session to sign out of.");
  });
});
