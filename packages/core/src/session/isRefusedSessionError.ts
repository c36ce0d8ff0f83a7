// Tells "STS no longer accepts these temporary credentials" (expired early, revoked, or an STS that was
// restarted, like a local sandbox) apart from other refusals such as a role's trust policy.
const REFUSED_SESSION_CODES = new Set(["ExpiredToken", "ExpiredTokenException", "InvalidClientTokenId", "UnrecognizedClientException"]);

export function isRefusedSessionError(error: unknown): boolean {
  for (let current = error, depth = 0; typeof current === "object" && current !== null && depth < 3; depth += 1) {
    const record = current as { Code?: unknown; name?: unknown; cause?: unknown };
    if (REFUSED_SESSION_CODES.has(String(record.Code)) || REFUSED_SESSION_CODES.has(String(record.name))) return true;
    current = record.cause;
  }
  return false;
}
