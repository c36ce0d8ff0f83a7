import { promises as fs } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { PromptUnavailableError } from "../errors/errors.js";
import type { MfaCodeRequest } from "../ports/ports.js";
import { getCredentials } from "./getCredentials.js";
import { createFakeSts } from "./testing/createFakeSts.js";
import { createMemoryLocker } from "./testing/createFakeStores.js";

const CONFIG = [
  "[profile base]",
  "region = eu-west-1",
  "mfa_serial = arn:aws:iam::123456789012:mfa/alice",
  "",
  "[profile piped]",
  "region = eu-west-1",
  "mfa_serial = arn:aws:iam::123456789012:mfa/alice",
  "mfa_process = exit 3",
  "source_profile = base",
  "",
].join("\n");

describe(getCredentials.name, () => {
  beforeEach(async () => {
    await fs.writeFile(process.env.AWS_CONFIG_FILE!, CONFIG);
    await fs.writeFile(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[base]\naws_access_key_id = AKIABASE\naws_secret_access_key = base-secret\n");
    await fs.rm(process.env.MFA_SESSION_CACHE_DIR!, { recursive: true, force: true });
  });

  it("answers a cache hit without taking the device lock", async () => {
    const sts = createFakeSts();
    const locker = createMemoryLocker();
    const env = { ...process.env, AWS_PROFILE: "base" };
    await getCredentials({ env, clients: sts.clients, codeProvider: async () => "123456", locker });
    const again = await getCredentials({ env, clients: sts.clients, locker });
    expect(again.source).toBe("cache");
    expect(locker.acquired).toHaveLength(1);
  });

  it("reads the profile named by AWS_PROFILE and writes the session into the shared cache folder", async () => {
    const sts = createFakeSts();
    const result = await getCredentials({ env: { ...process.env, AWS_PROFILE: "base" }, clients: sts.clients, codeProvider: async () => "123456" });
    expect(result.profile.name).toBe("base");
    expect(sts.calls.map((c) => c.command)).toEqual(["GetSessionToken"]);
    expect((await fs.readdir(process.env.MFA_SESSION_CACHE_DIR!)).filter((f) => f.endsWith(".json"))).toHaveLength(1);
    const again = await getCredentials({ env: { ...process.env, AWS_PROFILE: "base" }, clients: sts.clients });
    expect(again.source).toBe("cache");
  });

  it("fails with a next step when a code is needed and nothing can ask for it", async () => {
    const sts = createFakeSts();
    const error = await getCredentials({ profile: "base", clients: sts.clients }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PromptUnavailableError);
    expect((error as Error).message).toContain("sign in once where a person can type the code");
    expect(error).toMatchObject({ hint: { kind: "no-code-source", profile: "base" } }); // each app words the command
    expect(sts.calls).toEqual([]);
  });

  it("lets a fixed code win over the profile's mfa_process", async () => {
    const sts = createFakeSts();
    const requests: MfaCodeRequest[] = [];
    await getCredentials({
      profile: "piped",
      clients: sts.clients,
      codeProvider: async (request) => (requests.push(request), "246810"),
      codeProviderOptions: { interactive: false },
    });
    expect(requests).toHaveLength(1);
    expect(sts.calls.map((c) => c.input.TokenCode)).toEqual(["246810"]);
  });

  it("asks the sources MFA_SESSION_PROMPT lists and leaves out the profile's mfa_process when it is not listed", async () => {
    const sts = createFakeSts();
    const asked: string[] = [];
    await getCredentials({
      profile: "piped",
      env: { ...process.env, MFA_SESSION_PROMPT: "dialog,tty" },
      clients: sts.clients,
      codeSources: { tty: async () => (asked.push("tty"), "135790"), vscode: async () => (asked.push("vscode"), "000000") },
    });
    expect(asked).toEqual(["tty"]);
    expect(sts.calls.map((c) => c.input.TokenCode)).toEqual(["135790"]);
  });

  it("does not put mfa_process in front of a prompt given as codeProvider when MFA_SESSION_PROMPT leaves it out", async () => {
    const sts = createFakeSts();
    await getCredentials({ profile: "piped", env: { ...process.env, MFA_SESSION_PROMPT: "tty" }, clients: sts.clients, codeProvider: async () => "135791" });
    expect(sts.calls.map((c) => c.input.TokenCode)).toEqual(["135791"]);
  });
});

describe(`${getCredentials.name}: the checks of the one cache hit`, () => {
  const KEYS_BESIDE = [
    "[profile both]",
    "mfa_serial = arn:aws:iam::123456789012:mfa/alice",
    "credential_process = mfa-session credential-process --profile both",
    "",
  ].join("\n");

  beforeEach(async () => {
    await fs.writeFile(process.env.AWS_CONFIG_FILE!, `${CONFIG}\n${KEYS_BESIDE}`);
    await fs.writeFile(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[base]\naws_access_key_id = AKIABASE\naws_secret_access_key = base-secret\n[both]\naws_access_key_id = AKIABOTH\naws_secret_access_key = both-secret\n");
    await fs.rm(process.env.MFA_SESSION_CACHE_DIR!, { recursive: true, force: true });
  });

  it("warns once about static keys beside credential_process on a miss, and once on the hit after it", async () => {
    const sts = createFakeSts();
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, warn: (message: string) => void warnings.push(message) };
    expect((await getCredentials({ profile: "both", clients: sts.clients, codeProvider: async () => "123456", logger })).source).toBe("sts");
    expect(warnings).toEqual([expect.stringContaining(`profile both has aws_access_key_id in ${process.env.AWS_SHARED_CREDENTIALS_FILE} next to credential_process`)]);
    expect((await getCredentials({ profile: "both", clients: sts.clients, logger })).source).toBe("cache");
    expect(warnings).toHaveLength(2);
  });

  it("refuses a profile a parent mfa-session is resolving, on a hit and on a forced refresh", async () => {
    const sts = createFakeSts();
    await getCredentials({ profile: "base", clients: sts.clients, codeProvider: async () => "123456" });
    const env = { ...process.env, MFA_SESSION_PROFILE_STACK: "base" };
    await expect(getCredentials({ profile: "base", env, clients: sts.clients })).rejects.toMatchObject({ code: "CREDENTIAL_PROCESS_RECURSION" });
    await expect(getCredentials({ profile: "base", env, clients: sts.clients, forceRefresh: true })).rejects.toMatchObject({ code: "CREDENTIAL_PROCESS_RECURSION" });
    expect(sts.calls).toHaveLength(1);
  });

  it("puts the profile on the stack the source profile's credential_process inherits", async () => {
    const printStack = `${process.execPath} -e "process.stdout.write(JSON.stringify({Version:1,AccessKeyId:'AKIA'+process.env.MFA_SESSION_PROFILE_STACK,SecretAccessKey:'s'}))"`;
    await fs.writeFile(process.env.AWS_CONFIG_FILE!, [
      "[profile vaulted]", "mfa_serial = arn:aws:iam::123456789012:mfa/alice", "mfa_session_source_profile = vault", "",
      "[profile vault]", `credential_process = ${printStack}`, "",
    ].join("\n"));
    const sts = createFakeSts();
    await getCredentials({ profile: "vaulted", env: { ...process.env, MFA_SESSION_PROFILE_STACK: "outer" }, clients: sts.clients, codeProvider: async () => "123456" });
    expect(sts.calls.map((c) => c.signedBy)).toEqual(["AKIAouter,vaulted"]);
  });
});
