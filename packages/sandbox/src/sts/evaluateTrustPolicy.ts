// A small evaluator for role trust policies: Allow statements for sts:AssumeRole whose principal
// matches the caller and whose conditions hold. Supported conditions are the MFA ones
// (aws:MultiFactorAuthPresent, aws:MultiFactorAuthAge); any other condition fails closed.

export interface TrustCaller {
  accountId: string;
  /** ARNs that name the caller (user ARN, or assumed-role and role ARNs). */
  arns: string[];
  mfaPresent: boolean;
  mfaAgeSeconds?: number;
}

type Json = unknown;

function asArray(value: Json): Json[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function matchesAction(statement: Record<string, Json>): boolean {
  return asArray(statement.Action).some((action) => action === "*" || action === "sts:*" || action === "sts:AssumeRole");
}

function matchesPrincipal(principal: Json, caller: TrustCaller): boolean {
  if (principal === "*") return true;
  if (!principal || typeof principal !== "object") return false;
  return asArray((principal as Record<string, Json>).AWS).some(
    (entry) =>
      entry === "*" ||
      entry === caller.accountId ||
      entry === `arn:aws:iam::${caller.accountId}:root` ||
      (typeof entry === "string" && caller.arns.includes(entry)),
  );
}

function conditionHolds(operator: string, key: string, expected: Json[], caller: TrustCaller): boolean {
  const values = expected.map(String);
  const lowerKey = key.toLowerCase();
  if (lowerKey === "aws:multifactorauthpresent" && (operator === "Bool" || operator === "BoolIfExists")) {
    return values.includes(String(caller.mfaPresent));
  }
  if (lowerKey === "aws:multifactorauthage") {
    const age = caller.mfaAgeSeconds;
    if (operator === "Null") return values.includes(String(age === undefined));
    if (age === undefined) return operator.endsWith("IfExists");
    const limits = values.map(Number);
    if (operator.startsWith("NumericLessThanEquals")) return limits.some((limit) => age <= limit);
    if (operator.startsWith("NumericLessThan")) return limits.some((limit) => age < limit);
  }
  return false;
}

function conditionsHold(condition: Json, caller: TrustCaller): boolean {
  if (condition === undefined) return true;
  if (!condition || typeof condition !== "object") return false;
  return Object.entries(condition as Record<string, Json>).every(
    ([operator, block]) =>
      !!block &&
      typeof block === "object" &&
      Object.entries(block as Record<string, Json>).every(([key, expected]) => conditionHolds(operator, key, asArray(expected), caller)),
  );
}

export function evaluateTrustPolicy(document: string, caller: TrustCaller): boolean {
  let policy: Json;
  try {
    policy = JSON.parse(document);
  } catch {
    return false;
  }
  const statements = asArray((policy as Record<string, Json> | null)?.Statement).filter(
    (s): s is Record<string, Json> => !!s && typeof s === "object",
  );
  const applicable = statements.filter((s) => matchesAction(s) && matchesPrincipal(s.Principal, caller) && conditionsHold(s.Condition, caller));
  if (applicable.some((s) => s.Effect === "Deny")) return false;
  return applicable.some((s) => s.Effect === "Allow");
}
