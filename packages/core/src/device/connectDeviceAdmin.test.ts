import { writeFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import type { AwsClientFactory, AwsClientOptions } from "../aws/AwsClientFactory.js";
import type { AwsCredentials } from "../config/ResolvedProfile.js";
import { connectDeviceAdmin, usesMfa } from "./connectDeviceAdmin.js";

const serial = "arn:aws:iam::123456789012:mfa/alice";
const keys: AwsCredentials = { accessKeyId: "AKIAEXAMPLEKEYS00001", secretAccessKey: "long-term" };
const session: AwsCredentials = { accessKeyId: "ASIAEXAMPLESESSION01", secretAccessKey: "session", sessionToken: "token" };

function fakeClients() {
  const made: Array<{ service: "iam" | "sts"; options: AwsClientOptions }> = [];
  let identityCalls = 0;
  const clients: AwsClientFactory = {
    async iam(options) { made.push({ service: "iam", options }); return { send: async () => ({}) } as never; },
    async sts(options) {
      made.push({ service: "sts", options });
      return { send: async () => { identityCalls += 1; return { Arn: "arn:aws:iam::123456789012:user/alice", Account: "123456789012" }; } } as never;
    },
  };
  return { clients, made, identityCalls: () => identityCalls };
}

beforeEach(() => {
  writeFileSync(process.env.AWS_SHARED_CREDENTIALS_FILE!, `[keys]\naws_access_key_id = ${keys.accessKeyId}\naws_secret_access_key = ${keys.secretAccessKey}\n`);
  writeFileSync(process.env.AWS_CONFIG_FILE!, [
    "[profile keys]\nregion = eu-west-1\nendpoint_url = http://127.0.0.1:9\n",
    `[profile work]\nregion = eu-west-1\nmfa_session_source_profile = keys\nmfa_serial = ${serial}\ncredential_process = mfa-session credential-process --profile work\n`,
  ].join("\n"));
});

function connect(profile: string | undefined, extra: { longTermKeys?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const fake = fakeClients();
  const asked: string[] = [];
  const admin = connectDeviceAdmin({
    profile, env: extra.env ?? process.env, homedir: process.env.HOME!, clients: fake.clients,
    ...(extra.longTermKeys ? { longTermKeys: true } : {}),
    getMfaSession: async (resolved) => { asked.push(resolved.name); return session; },
  });
  return { admin, fake, asked };
}

describe(connectDeviceAdmin.name, () => {
  it("signs with an MFA session for a profile that uses MFA", async () => {
    const { admin, fake, asked } = connect("work");
    expect((await admin).signedWith).toBe("mfa-session");
    expect(asked).toEqual(["work"]);
    expect(fake.made.map(({ service, options }) => [service, options.credentials])).toEqual([["iam", session], ["sts", session]]);
  });

  it("signs with the long-term keys for a plain profile, or when asked to (setting up a first device)", async () => {
    const plain = connect("keys");
    expect(await plain.admin).toMatchObject({ signedWith: "long-term-keys", endpoint: "http://127.0.0.1:9" });
    expect(plain.fake.made.map(({ options }) => options.credentials.accessKeyId)).toEqual([keys.accessKeyId, keys.accessKeyId]);
    const setup = connect("work", { longTermKeys: true });
    expect((await setup.admin).signedWith).toBe("long-term-keys");
    expect(setup.asked).toEqual([]);
  });

  it("takes the profile from AWS_PROFILE, then AWS_DEFAULT_PROFILE", async () => {
    expect((await connect(undefined, { env: { ...process.env, AWS_DEFAULT_PROFILE: "work" } }).admin).profile.name).toBe("work");
    expect((await connect(undefined, { env: { ...process.env, AWS_PROFILE: "keys", AWS_DEFAULT_PROFILE: "work" } }).admin).profile.name).toBe("keys");
  });

  it("asks STS for the calling user once, and builds IAM clients for other credentials on the same endpoint", async () => {
    const { admin, fake } = connect("keys");
    const connected = await admin;
    expect([await connected.userName(), await connected.userName()]).toEqual(["alice", "alice"]);
    expect(fake.identityCalls()).toBe(1);
    await connected.iamFor(session);
    expect(fake.made.at(-1)).toEqual({ service: "iam", options: { region: "eu-west-1", endpoint: "http://127.0.0.1:9", credentials: session } });
  });
});

describe(usesMfa.name, () => {
  it("is true for mfa_serial or a role, false for plain keys", async () => {
    expect(usesMfa((await connect("work").admin).profile)).toBe(true);
    expect(usesMfa((await connect("keys").admin).profile)).toBe(false);
  });
});
