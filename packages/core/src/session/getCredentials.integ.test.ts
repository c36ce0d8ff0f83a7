import { promises as fs } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AwsClientFactory } from "../aws/AwsClientFactory.js";
import { createAwsClients } from "../aws/createAwsClients.js";
import type { MfaCodeRequest } from "../ports/ports.js";
import { type MotoServer, startMoto } from "../testing/startMoto.js";
import { getCredentials } from "./getCredentials.js";

const MFA_SERIAL = "arn:aws:iam::123456789012:mfa/alice";

function countingClients(real: AwsClientFactory, calls: string[]): AwsClientFactory {
  return {
    sts: async (options) => {
      const port = await real.sts(options);
      return {
        send: ((command: { constructor: { name: string } }, ...rest: unknown[]) => {
          calls.push(command.constructor.name);
          return (port.send as (...args: unknown[]) => Promise<unknown>)(command, ...rest);
        }) as typeof port.send,
      };
    },
    iam: real.iam,
  };
}

describe(getCredentials.name, () => {
  let moto: MotoServer;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    moto = await startMoto();
    env = { ...process.env, AWS_ENDPOINT_URL: moto.endpoint };
    await fs.writeFile(process.env.AWS_SHARED_CREDENTIALS_FILE!, "[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n");
    await fs.writeFile(
      process.env.AWS_CONFIG_FILE!,
      [
        "[profile base]",
        "region = us-east-1",
        `mfa_serial = ${MFA_SERIAL}`,
        "mfa_session_duration_seconds = 3600",
        "",
        "[profile admin]",
        "role_arn = arn:aws:iam::123456789012:role/admin",
        "source_profile = base",
        "duration_seconds = 7200",
        "",
        "[profile piped]",
        "source_profile = base",
        "region = us-east-1",
        "mfa_process = printf '%s\\n' 135790",
        "",
      ].join("\n"),
    );
  });

  afterAll(async () => {
    await moto?.stop();
  });

  it("gets an MFA session, assumes the role from it with real SDK clients, then serves the cache without STS", async () => {
    const calls: string[] = [];
    const real = createAwsClients();
    const clients = countingClients(real, calls);
    const requests: MfaCodeRequest[] = [];
    const codeProvider = async (request: MfaCodeRequest) => (requests.push(request), "123456");
    const logged: string[] = [];
    const logger = { debug() {}, info: (m: string) => void logged.push(m), warn() {} };

    const first = await getCredentials({ profile: "admin", env, homedir: process.env.HOME!, codeProvider, clients, logger });
    expect(first.source).toBe("sts");
    expect(calls).toEqual(["GetSessionTokenCommand", "AssumeRoleCommand"]);
    expect(requests).toEqual([expect.objectContaining({ profile: "admin", mfaSerial: MFA_SERIAL, attempt: 1 })]);
    expect(first.profile.role?.roleArn).toBe("arn:aws:iam::123456789012:role/admin");
    expect(first.credentials.accessKeyId).toMatch(/^ASIA/);
    expect(first.credentials.expiration.getTime()).toBeGreaterThan(Date.now() + 15 * 60_000);
    expect(logged.some((line) => line.includes("capped at 3600"))).toBe(true);

    const sts = await real.sts({ region: "us-east-1", endpoint: moto.endpoint, credentials: first.credentials });
    const { GetCallerIdentityCommand } = await import("@aws-sdk/client-sts");
    const identity = await sts.send(new GetCallerIdentityCommand({}));
    expect(identity.Arn).toMatch(/^arn:aws:sts::123456789012:assumed-role\/admin\/mfa-session-\d+$/);

    const second = await getCredentials({ profile: "admin", env, homedir: process.env.HOME!, codeProvider, clients, logger });
    expect(second.source).toBe("cache");
    expect(second.credentials).toEqual(first.credentials);
    expect(calls).toHaveLength(2);
    expect(requests).toHaveLength(1);

    const base = await getCredentials({ profile: "base", env, homedir: process.env.HOME!, codeProvider, clients });
    expect(base.source).toBe("cache");
    expect(calls).toHaveLength(2);
  });

  it("lets the profile's mfa_process answer instead of the interactive prompt", async () => {
    const calls: string[] = [];
    const clients = countingClients(createAwsClients(), calls);
    const prompt = async (): Promise<string> => {
      throw new Error("the prompt must not be asked");
    };
    const result = await getCredentials({ profile: "piped", env, homedir: process.env.HOME!, codeProvider: prompt, clients, forceRefresh: true });
    expect(result.source).toBe("sts");
    expect(calls).toEqual(["GetSessionTokenCommand"]);
  });
});
