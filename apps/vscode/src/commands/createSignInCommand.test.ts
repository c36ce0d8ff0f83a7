import { UserCancelledError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { setupSessionCommand as setup, session, sessionProfiles } from "../../test/commandFixtures.js";
import { ProgressLocation } from "../../test/fakeVscode.js";
import { createSignInCommand } from "./createSignInCommand.js";

describe(createSignInCommand.name, () => {
  it("offers the MFA profiles with the active one first, asks for the code inline, and shows the session", async () => {
    const { fake, calls, deps, active, refreshed } = setup({ active: "work" });
    fake.pickNext("work");
    fake.whenInputBoxShown((box) => box.type("123456"));
    await createSignInCommand(deps).run();
    expect(fake.quickPicks[0]!.items.map((item: { label: string }) => item.label)).toEqual(["work", "prod"]);
    expect(calls).toEqual([["signIn", "work", false], ["code", "123456"]]);
    expect(fake.progress[0]).toMatchObject({ title: "MFA Session: signing in to profile work…" });
    expect(active()).toBe("work");
    expect(refreshed()).toBe(1);
    expect(fake.messages[0]!.message).toMatch(/^Profile work: signed in, session ends in 12h00m \(until \d{4}-\d\d-\d\d \d\d:\d\d\)\.$/);
  });

  it("renews a given profile without asking which", async () => {
    const { fake, calls, deps } = setup();
    fake.whenInputBoxShown((box) => box.type("654321"));
    await createSignInCommand(deps).run({ profile: "prod", forceRefresh: true });
    expect(fake.quickPicks).toHaveLength(0);
    expect(calls[0]).toEqual(["signIn", "prod", true]);
  });

  it("is cancelled by Escape in the profile pick", async () => {
    const { fake, deps, calls } = setup();
    fake.pickNext(undefined);
    await expect(createSignInCommand(deps).run()).rejects.toBeInstanceOf(UserCancelledError);
    expect(calls).toEqual([]);
  });

  it("says what to do when no profile has an MFA device, with the hint that gives its error a Configure Profile button", async () => {
    const { deps } = setup({ profiles: [sessionProfiles[0]!] });
    await expect(createSignInCommand(deps).run()).rejects.toMatchObject({ code: "CONFIG_INVALID", hint: { kind: "configure-profile" } });
  });

  it("shows only the code box while it asks: no progress notification beside it (the box's Escape cancels)", async () => {
    const { fake, deps } = setup({ active: "work" });
    let notificationsWhileAsking: unknown[] | undefined;
    fake.pickNext("work");
    fake.whenInputBoxShown((box) => {
      notificationsWhileAsking = fake.progress.filter((shown) => (shown as { location?: number }).location === ProgressLocation.Notification);
      box.type("123456");
    });
    await createSignInCommand(deps).run();
    expect(notificationsWhileAsking).toEqual([]);
    expect(fake.progress).toEqual([expect.objectContaining({ location: ProgressLocation.Window, title: "MFA Session: signing in to profile work…" })]);
  });
});
