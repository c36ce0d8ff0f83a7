// ResolvedProfile values for unit tests. Shipped in dist only because the build compiles src/**.
import type { ResolvedProfile, RoleSpec } from "../../config/ResolvedProfile.js";

export const TEST_MFA_SERIAL = "arn:aws:iam::123456789012:mfa/alice";

export function makeProfile(overrides: Partial<ResolvedProfile> = {}): ResolvedProfile {
  return {
    name: "base",
    sourceProfile: "base",
    chain: ["base"],
    source: { kind: "static", profile: "base", credentials: { accessKeyId: "AKIABASE", secretAccessKey: "base-secret" } },
    mfaSerial: TEST_MFA_SERIAL,
    sessionDurationSeconds: 43_200,
    region: "us-east-1",
    endpoints: {},
    ...overrides,
  };
}

export function makeRoleProfile(name: string, role: Partial<RoleSpec> = {}, overrides: Partial<ResolvedProfile> = {}): ResolvedProfile {
  return makeProfile({
    name,
    chain: [name, "base"],
    role: { roleArn: `arn:aws:iam::123456789012:role/${name}`, assumeDirectly: false, ...role },
    ...overrides,
  });
}
