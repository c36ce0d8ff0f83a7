import { describe, expect, it } from "vitest";
import { createMemoryKeyStore } from "../keys/createMemoryKeyStore.js";
import { resolveSourceCredentials } from "./resolveSourceCredentials.js";

const clock = { now: () => Date.parse("2030-01-01T00:00:00Z") };

describe(resolveSourceCredentials.name, () => {
  it("returns static keys as they are, without running anything", async () => {
    const credentials = { accessKeyId: "AKIDX", secretAccessKey: "s" };
    const runShellCommand = async () => {
      throw new Error("must not run");
    };
    await expect(resolveSourceCredentials({ kind: "static", profile: "base", credentials }, { runShellCommand })).resolves.toBe(credentials);
  });

  it("runs a credential_process with the given env and parses its Version 1 output", async () => {
    const calls: Array<{ command: string; env: unknown; subject?: string }> = [];
    const runShellCommand = async (command: string, options: { env: unknown; subject?: string }) => {
      calls.push({ command, env: options.env, subject: options.subject });
      return { stdout: JSON.stringify({ Version: 1, AccessKeyId: "ASIAX", SecretAccessKey: "s", SessionToken: "t", Expiration: "2030-01-01T01:00:00Z" }) };
    };
    const env = { PATH: "/bin" };
    const credentials = await resolveSourceCredentials({ kind: "process", profile: "vault", command: "get-creds" }, { env, clock, runShellCommand });
    expect(credentials).toEqual({ accessKeyId: "ASIAX", secretAccessKey: "s", sessionToken: "t", expiration: new Date("2030-01-01T01:00:00Z") });
    expect(calls).toEqual([{ command: "get-creds", env, subject: "Profile vault: credential_process" }]);
  });

  it("reports expired process credentials", async () => {
    const runShellCommand = async () => ({ stdout: JSON.stringify({ Version: 1, AccessKeyId: "A", SecretAccessKey: "s", Expiration: "2020-01-01T00:00:00Z" }) });
    await expect(
      resolveSourceCredentials({ kind: "process", profile: "vault", command: "x" }, { env: {}, clock, runShellCommand }),
    ).rejects.toMatchObject({ code: "CREDENTIAL_PROCESS_FAILED" });
  });
});

describe("resolveSourceCredentials with keys in the keychain", () => {
  const spec = { kind: "keychain" as const, profile: "base", accessKeyId: "AKIDBASE" };

  it("reads the keychain entry of the source profile", async () => {
    const keyStore = createMemoryKeyStore({ base: { accessKeyId: "AKIDBASE", secretAccessKey: "base-secret" } });
    await expect(resolveSourceCredentials(spec, { keyStore })).resolves.toEqual({ accessKeyId: "AKIDBASE", secretAccessKey: "base-secret" });
    expect(keyStore.reads).toBe(1);
  });

  it("says what to run when the keychain has no entry, or another key than the config records", async () => {
    await expect(resolveSourceCredentials(spec, { keyStore: createMemoryKeyStore() })).rejects.toThrow(/Profile base: .*no entry for service mfa-session, account base\. .*keys add --profile base/);
    const other = createMemoryKeyStore({ base: { accessKeyId: "AKIDOTHER", secretAccessKey: "other-secret" } });
    const error = await resolveSourceCredentials(spec, { keyStore: other }).catch((caught: Error) => caught);
    expect((error as Error).message).toMatch(/another access key than the one mfa_session_access_key_id names/);
    expect((error as Error).message).not.toMatch(/AKIDOTHER|other-secret/);
  });
});
