import { describe, expect, it } from "vitest";
import { evaluateTrustPolicy } from "./evaluateTrustPolicy.js";

const ACCOUNT = "123456789012";
const caller = { accountId: ACCOUNT, arns: [`arn:aws:iam::${ACCOUNT}:user/alice`], mfaPresent: false };
const policy = (statement: object) => JSON.stringify({ Version: "2012-10-17", Statement: [statement] });
const allowRoot = { Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "sts:AssumeRole" };

describe(evaluateTrustPolicy.name, () => {
  it("trusts the account root, the account id and the exact user ARN", () => {
    expect(evaluateTrustPolicy(policy(allowRoot), caller)).toBe(true);
    expect(evaluateTrustPolicy(policy({ ...allowRoot, Principal: { AWS: ACCOUNT } }), caller)).toBe(true);
    expect(evaluateTrustPolicy(policy({ ...allowRoot, Principal: { AWS: [`arn:aws:iam::${ACCOUNT}:user/alice`] } }), caller)).toBe(true);
    expect(evaluateTrustPolicy(policy({ ...allowRoot, Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/bob` } }), caller)).toBe(false);
    expect(evaluateTrustPolicy(policy({ ...allowRoot, Principal: { AWS: "arn:aws:iam::999999999999:root" } }), caller)).toBe(false);
  });

  it("requires MFA when the policy says aws:MultiFactorAuthPresent is true, and honours MFA age limits", () => {
    const mfa = policy({ ...allowRoot, Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } });
    expect(evaluateTrustPolicy(mfa, caller)).toBe(false);
    expect(evaluateTrustPolicy(mfa, { ...caller, mfaPresent: true, mfaAgeSeconds: 10 })).toBe(true);
    const age = policy({ ...allowRoot, Condition: { NumericLessThan: { "aws:MultiFactorAuthAge": "3600" } } });
    expect(evaluateTrustPolicy(age, { ...caller, mfaPresent: true, mfaAgeSeconds: 3599 })).toBe(true);
    expect(evaluateTrustPolicy(age, { ...caller, mfaPresent: true, mfaAgeSeconds: 3600 })).toBe(false);
  });

  it("fails closed on unsupported conditions, explicit denies, other actions and bad JSON", () => {
    expect(evaluateTrustPolicy(policy({ ...allowRoot, Condition: { StringEquals: { "sts:ExternalId": "x" } } }), caller)).toBe(false);
    expect(evaluateTrustPolicy(JSON.stringify({ Statement: [allowRoot, { ...allowRoot, Effect: "Deny" }] }), caller)).toBe(false);
    expect(evaluateTrustPolicy(policy({ ...allowRoot, Action: "sts:AssumeRoleWithSAML" }), caller)).toBe(false);
    expect(evaluateTrustPolicy("{", caller)).toBe(false);
  });
});
