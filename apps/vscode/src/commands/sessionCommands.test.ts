// The session commands (Sign In, Sign Out, Show Sessions) against a fake window and fake services.
import { ConfigError, UserCancelledError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { createFakeServices, session } from "../../test/fakeServices.js";
import { createFakeWindow } from "../../test/fakeVscode.js";
import { createInputBoxCodeProvider } from "../prompt/createInputBoxCodeProvider.js";
import type { ProfileChoice } from "../services/ExtensionServices.js";
import { createShowSessionsCommand } from "./createShowSessionsCommand.js";
import { createSignInCommand } from "./createSignInCommand.js";
import { createSignOutCommand } from "./createSignOutCommand.js";

const now = Date.parse("2026-01-01T00:00:00Z");
const profiles: ProfileChoice[] = [
  { name: "keys", hasStaticKeys: true, usesMfaSession: false },
  { name: "prod", mfaSerial: "arn:aws:iam::1:mfa/a", hasStaticKeys: false, usesMfaSession: true },
  { name: "work", mfaSerial: "arn:aws:iam::1:mfa/a", hasStaticKeys: false, usesMfaSession: true },
];

function setup(options: { sessions?: ReturnType<typeof session>[]; profiles?: ProfileChoice[]; active?: string } = {}) {
  const fake = createFakeWindow();
  const { services, calls } = createFakeServices({ profiles: options.profiles ?? profiles, ...(options.sessions ? { sessions: options.sessions } : {}) });
  let active = options.active;
  let refreshed = 0;
  const deps = {
    window: fake.window as never,
    services,
    codeProvider: createInputBoxCodeProvider({ window: fake.window as never }),
    statusBar: { refresh: async () => void (refreshed += 1) },
    activeProfile: { get: () => active, set: async (profile: string | undefined) => void (active = profile) },
    clock: { now: () => now },
  };
  return { fake, calls, deps, active: () => active, refreshed: () => refreshed };
}

describe(createSignInCommand.name, () => {
  it("offers the MFA profiles with the active one first, asks for the code inline, and shows the session", async () => {
    const { fake, calls, deps, active, refreshed } = setup({ active: "work" });
    fake.pickNext("work");
    fake.whenInputBoxShown((box) => box.type("123456"));
    await createSignInCommand(deps).run();
    expect(fake.quickPicks[0]!.items.map((item: { label: string }) => item.label)).toEqual(["work", "prod"]);
    expect(calls).toEqual([["signIn", "work", false], ["code", "123456"]]);
    expect(fake.progress[0]).toMatchObject({ title: "MFA Session: signing in to profile work…", cancellable: true });
    expect(active()).toBe("work");
    expect(refreshed()).toBe(1);
    expect(fake.messages[0]!.message).toMatch(/^Profile work: signed in, session ends in 12h00m/);
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

  it("says what to do when no profile has an MFA device", async () => {
    const { deps } = setup({ profiles: [profiles[0]!] });
    await expect(createSignInCommand(deps).run()).rejects.toThrow(ConfigError);
  });
});

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
