// Where credential_process takes the code from, end to end (README, "Where the code comes from"):
// the profile's mfa_process comes first by default, MFA_SESSION_PROMPT lists the sources to use
// instead (leaving mfa_process out means it is not run), and a name that is not a source is refused.
// Each case has its own user and device, so no code is ever offered twice.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
const profiles: string[] = [];
beforeAll(async () => {
  world = await startMfaWorld();
});
afterAll(async () => {
  await world?.assertClean(profiles);
  await world?.stop();
});

/** A profile with mfa_process, and a display whose zenity stand-in "types" the code and counts how often it was shown. */
async function profileWithDialog(name: string): Promise<{ user: MfaUser; env: NodeJS.ProcessEnv; dialogsShown: () => number }> {
  const user = await world.addUser(name);
  await configureProfile(world, user, name, { mfaProcess: true });
  profiles.push(name);
  const bin = join(world.home, `${name}-bin`);
  const count = join(bin, "count");
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, "zenity"), `#!/bin/sh\necho shown >> "${count}"\nexec "${process.execPath}" "${CLI}" totp --seed-file "${user.seedFile}"\n`);
  chmodSync(join(bin, "zenity"), 0o755);
  return {
    user,
    env: { ...world.env, DISPLAY: ":99", PATH: `${bin}:${world.env.PATH}` },
    dialogsShown: () => (existsSync(count) ? readFileSync(count, "utf8").split("\n").filter(Boolean).length : 0),
  };
}

describe("credential-process code sources", () => {
  it("runs the profile's mfa_process ahead of a dialog by default", async () => {
    const { user, env, dialogsShown } = await profileWithDialog("piped-default");
    const result = await world.cli(["credential-process", "--profile", "piped-default"], { env, detached: true });
    expect(result.code).toBe(0);
    expect(world.codesAsked(user)).toBe(1);
    expect(dialogsShown()).toBe(0);
  });

  it("asks through the dialog and does not run mfa_process when MFA_SESSION_PROMPT lists only the dialog", async () => {
    const { user, env, dialogsShown } = await profileWithDialog("piped-dialog");
    const result = await world.cli(["credential-process", "--profile", "piped-dialog"], { env: { ...env, MFA_SESSION_PROMPT: "dialog" }, detached: true });
    expect(result.code).toBe(0);
    expect(dialogsShown()).toBe(1);
    expect(world.codesAsked(user)).toBe(0);
  });

  it("accepts process, the name earlier versions documented, for mfa_process", async () => {
    const { user, env, dialogsShown } = await profileWithDialog("piped-process");
    const result = await world.cli(["credential-process", "--profile", "piped-process"], { env: { ...env, MFA_SESSION_PROMPT: "process" }, detached: true });
    expect(result.code).toBe(0);
    expect(world.codesAsked(user)).toBe(1);
    expect(dialogsShown()).toBe(0);
  });

  it("refuses a name that is not a code source, naming the valid ones", async () => {
    const result = await world.cli(["login", "--profile", "piped-default", "--force"], { env: { ...world.env, MFA_SESSION_PROMPT: "vscode,pigeon" }, detached: true });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      'mfa-session: MFA_SESSION_PROMPT=vscode,pigeon: "pigeon" is not a code source; use one or more of token, process, vscode, tty, dialog separated by commas, or none.\n',
    );
  });
});
