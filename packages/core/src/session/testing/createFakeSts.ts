// An in-memory STS (GetSessionToken, AssumeRole, GetCallerIdentity) behind a fake AwsClientFactory, for
// unit tests of the session flows. Refuses codes like STS does (an AccessDenied the translator maps).
// Shipped in dist only because the build compiles src/**; nothing exports it.
import type { AwsClientFactory, AwsClientOptions } from "../../aws/AwsClientFactory.js";
import type { IamPort, StsPort } from "../../ports/ports.js";

export interface FakeStsCall {
  command: string;
  input: Record<string, unknown>;
  /** Access key id that signed the call. */
  signedBy: string;
  endpoint?: string | undefined;
}

export interface FakeSts {
  clients: AwsClientFactory;
  calls: FakeStsCall[];
  /** Codes STS refuses as invalid (default: none). */
  refusedCodes: Set<string>;
  /** AssumeRole of this role ARN is denied (AccessDenied, as a trust policy would). */
  refuseRole?: string;
  /** Codes STS refuses as already used (default: none). */
  usedCodes: Set<string>;
  /** STS's own clock (ms); may differ from the caller's to test skew. */
  serverNow: () => number;
  /** Issued session access key ids, in order. */
  issued: string[];
  /** Every call fails with this error, as when the endpoint cannot be reached. */
  failWith?: unknown;
  /** Forgets every issued session, as a restarted STS would: calls signed with them fail (InvalidClientTokenId). */
  forgetSessions(): void;
}

export function createFakeSts(options: { serverNow?: () => number } = {}): FakeSts {
  const calls: FakeStsCall[] = [];
  const issued: string[] = [];
  const refusedCodes = new Set<string>();
  const usedCodes = new Set<string>();
  const known = new Set<string>();
  const serverNow = options.serverNow ?? (() => Date.now());

  const issue = (prefix: string, seconds: number) => {
    const AccessKeyId = `${prefix}${String(issued.length + 1).padStart(4, "0")}`;
    issued.push(AccessKeyId);
    known.add(AccessKeyId);
    return {
      AccessKeyId,
      SecretAccessKey: `secret-${AccessKeyId}`,
      SessionToken: `token-${AccessKeyId}`,
      Expiration: new Date(serverNow() + seconds * 1000),
    };
  };

  const portFor = (clientOptions: AwsClientOptions): StsPort => ({
    send: (async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = command.constructor.name.replace(/Command$/, "");
      const signedBy = clientOptions.credentials.accessKeyId;
      calls.push({ command: name, input: { ...command.input }, signedBy, endpoint: clientOptions.endpoint });
      if (fake.failWith !== undefined) throw fake.failWith;
      if (signedBy.startsWith("ASIA") && !known.has(signedBy)) {
        throw Object.assign(new Error("The security token included in the request is invalid."), {
          name: "InvalidClientTokenId",
          $fault: "client",
          $metadata: { httpStatusCode: 403 },
        });
      }
      const code = command.input.TokenCode;
      if (typeof code === "string" && refusedCodes.has(code)) {
        throw Object.assign(new Error("MultiFactorAuthentication failed with invalid MFA one time pass code. "), {
          name: "AccessDenied",
          Code: "AccessDenied",
          $fault: "client",
          $metadata: { httpStatusCode: 403 },
        });
      }
      if (typeof code === "string" && usedCodes.has(code)) {
        throw Object.assign(new Error("MultiFactorAuthentication failed, MFA one time pass code already used."), {
          name: "AccessDenied",
          Code: "AccessDenied",
          $fault: "client",
          $metadata: { httpStatusCode: 403 },
        });
      }
      if (name === "GetSessionToken") return { Credentials: issue("ASIASESSION", Number(command.input.DurationSeconds ?? 43_200)), $metadata: {} };
      if (name === "AssumeRole" && command.input.RoleArn === fake.refuseRole) {
        throw Object.assign(new Error("User is not authorized to perform: sts:AssumeRole"), { name: "AccessDenied", $fault: "client", $metadata: { httpStatusCode: 403 } });
      }
      if (name === "AssumeRole") return { Credentials: issue("ASIAROLE", Number(command.input.DurationSeconds ?? 3600)), $metadata: {} };
      if (name === "GetCallerIdentity") return { Account: "123456789012", Arn: "arn:aws:iam::123456789012:user/fake", UserId: "AIDAFAKE", $metadata: {} };
      throw new Error(`fake STS: ${name} is not implemented`);
    }) as unknown as StsPort["send"],
  });

  const clients: AwsClientFactory = {
    sts: async (clientOptions: AwsClientOptions) => portFor(clientOptions),
    iam: async () => {
      throw new Error("fake STS: no IAM here");
    },
  } satisfies { sts: unknown; iam: () => Promise<IamPort> };

  const fake: FakeSts = { clients, calls, refusedCodes, usedCodes, serverNow, issued, forgetSessions: () => known.clear() };
  return fake;
}
