// Without a terminal or any other way to ask, credential_process fails at once with the next step;
// with a display, the desktop dialog driver asks; a profile that loops back into mfa-session is refused.
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CLI, configureProfile, startMfaWorld, type MfaUser, type MfaWorld } from "./support/mfaWorld.js";

let world: MfaWorld;
let user: MfaUser;
beforeAll(async () => {
  world = await startMfaWorld();
  user = await world.addUser("nobody");
  await configureProfile(world, user, "headless");
});
afterEach(async () => {
  await world.assertClean();
});
afterAll(async () => {
  await world?.stop();
});

const message = (profile: string) =>
  `mfa-session: No way to ask for an MFA code for profile ${profile}: run \`mfa-session login --profile ${profile}\` in a terminal, or set mfa_process.\n`;

describe("credential-process without any way to ask", () => {
  it("exits 1 at once with the next step, without reading stdin (an open pipe)", async () => {
    const result = await world.cli(["credential-process", "--profile", "headless"], { detached: true, timeoutMs: 10_000 });
    expect(result.signal).toBeNull(); // not killed by the 10 s hang guard
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(message("headless"));
    await world.assertClean();
  });

  it("surfaces the same message through the AWS CLI", async () => {
    const result = await world.run("aws", ["sts", "get-caller-identity", "--profile", "headless", "--endpoint-url", world.sandbox.endpoint], { detached: true, timeoutMs: 20_000 });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("No way to ask for an MFA code for profile headless");
  });

  it("asks through a desktop dialog when a display is present and no terminal is", async () => {
    const bin = join(world.home, "fake-bin");
    mkdirSync(bin, { recursive: true });
    // A stand-in for zenity that "types" the current code, and records how it was called.
    writeFileSync(join(bin, "zenity"), `#!/bin/sh\nprintf '%s\\n' "$@" > "${join(bin, "zenity-args.txt")}"\nexec "${process.execPath}" "${CLI}" totp --seed-file "${user.seedFile}"\n`);
    chmodSync(join(bin, "zenity"), 0o755);
    const env = { ...world.env, DISPLAY: ":99", PATH: `${bin}:${world.env.PATH}` };
    const result = await world.cli(["credential-process", "--profile", "headless"], { env, detached: true });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ Version: 1, Expiration: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/) });
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(join(bin, "zenity-args.txt"), "utf8")).toContain(`--text=MFA code for headless (${user.mfaSerial}):`);
    await world.assertClean(["headless"]);
  });

  it("answers from the cache with --no-prompt once a session exists", async () => {
    const result = await world.cli(["credential-process", "--profile", "headless", "--no-prompt"], { detached: true });
    expect(result.code).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(["Version", "AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"]);
  });
});

describe("credential-process that would call itself", () => {
  it("refuses a profile whose only credentials are its own mfa-session credential_process", async () => {
    await world.setConfig("profile loop", [
      { key: "mfa_serial", value: user.mfaSerial },
      { key: "credential_process", value: `${process.execPath} ${CLI} credential-process --profile loop` },
    ]);
    const result = await world.cli(["credential-process", "--profile", "loop"], { detached: true, timeoutMs: 10_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^mfa-session: Profile loop .*runs mfa-session itself/);
  });

  it("stops a loop hidden behind a wrapper script instead of forking forever", async () => {
    const wrapper = join(world.home, "wrapper.sh");
    writeFileSync(wrapper, `exec "${process.execPath}" "${CLI}" credential-process --profile outer\n`);
    await world.setConfig("profile hidden", [{ key: "credential_process", value: `/bin/sh ${wrapper}` }]);
    await world.setConfig("profile outer", [
      { key: "mfa_serial", value: user.mfaSerial },
      { key: "mfa_session_source_profile", value: "hidden" },
      { key: "credential_process", value: `${process.execPath} ${CLI} credential-process --profile outer` },
      { key: "region", value: world.sandbox.region },
      { key: "endpoint_url", value: world.sandbox.endpoint },
    ]);
    const result = await world.cli(["credential-process", "--profile", "outer", "--token-code", "123456"], { detached: true, timeoutMs: 20_000 });
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("outer -> outer");
  });

  it("stops the same loop at once when the profile name holds a comma, instead of waiting on its own lock", async () => {
    const wrapper = join(world.home, "wrapper-comma.sh");
    writeFileSync(wrapper, `exec "${process.execPath}" "${CLI}" credential-process --profile 'a,b'\n`);
    await world.setConfig("profile hidden-comma", [{ key: "credential_process", value: `/bin/sh ${wrapper}` }]);
    await world.setConfig("profile a,b", [
      { key: "mfa_serial", value: user.mfaSerial },
      { key: "mfa_session_source_profile", value: "hidden-comma" },
      { key: "region", value: world.sandbox.region },
      { key: "endpoint_url", value: world.sandbox.endpoint },
    ]);
    const started = Date.now();
    const result = await world.cli(["credential-process", "--profile", "a,b", "--token-code", "123456"], { detached: true, timeoutMs: 20_000 });
    expect(result.signal).toBeNull();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("(a,b -> a,b)");
  });
});

describe("a profile with static keys beside credential_process", () => {
  it("warns that the SDKs would use the keys and skip MFA", async () => {
    const { appendFileSync } = await import("node:fs");
    appendFileSync(world.credentialsFile, "[both]\naws_access_key_id = AKIAEXAMPLEBOTH0001\naws_secret_access_key = bothbothbothbothbothbothbothbothboth0001\n");
    world.secrets.values.add("bothbothbothbothbothbothbothbothboth0001");
    await world.setConfig("profile both", [
      { key: "mfa_serial", value: user.mfaSerial },
      { key: "credential_process", value: `${process.execPath} ${CLI} credential-process --profile both` },
    ]);
    const result = await world.cli(["credential-process", "--profile", "both"], { detached: true });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("mfa-session: warning: profile both has aws_access_key_id in");
    expect(result.stderr).toContain("skip MFA");
  });
});

describe("usage errors", () => {
  it("rejects an unknown flag with exit code 2", async () => {
    const result = await world.cli(["credential-process", "--profile", "x", "--bogus"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--bogus");
  });

  it("shows help with examples for every command", async () => {
    for (const command of ["credential-process", "login", "status", "logout", "export", "exec", "configure", "totp"]) {
      const result = await world.cli([command, "--help"]);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toContain("Examples:");
    }
  });
});
