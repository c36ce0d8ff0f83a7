import { describe, expect, it } from "vitest";
import { AwsServiceError, InvalidMfaCodeError, MfaCodeReusedError, UsageError } from "../errors/errors.js";
import { translateAwsError } from "./translateAwsError.js";

const subject = "Profile work: GetSessionToken";

/** Shaped like an SDK v3 ServiceException. */
function awsError(name: string, message: string, status = 400): Error {
  return Object.assign(new Error(message), { name, $fault: "client", $metadata: { httpStatusCode: status } });
}

describe(translateAwsError.name, () => {
  it("maps a wrong MFA code to InvalidMfaCodeError", () => {
    const error = translateAwsError(awsError("AccessDenied", "MultiFactorAuthentication failed with invalid MFA one time pass code. ", 403), { subject });
    expect(error).toBeInstanceOf(InvalidMfaCodeError);
    expect(error.message).toMatch(/^Profile work: GetSessionToken: AWS refused the MFA code/);
  });

  it.each([
    "MultiFactorAuthentication failed, unable to validate MFA code.",
    "MultiFactorAuthentication failed, unable to validate MFA code.  Please verify your MFA serial number is valid and associated with this user.",
  ])("maps %j to MfaCodeReusedError that also points at mfa_serial", (message) => {
    const clock = { now: () => 1_000 * (30 * 1000 + 5) };
    const error = translateAwsError(awsError("AccessDenied", message, 403), { subject, clock });
    expect(error).toBeInstanceOf(MfaCodeReusedError);
    expect((error as MfaCodeReusedError).waitSeconds).toBe(25);
    expect(error.message).toContain("Wait 25 s");
    expect(error.message).toContain("mfa_serial");
  });

  it("maps an already-used code to MfaCodeReusedError with the wait until the next code", () => {
    const clock = { now: () => 1_000 * (30 * 1000 + 20) };
    const error = translateAwsError(awsError("AccessDenied", "MultiFactorAuthentication failed: this MFA code has already been used.", 403), { subject, clock });
    expect(error).toBeInstanceOf(MfaCodeReusedError);
    expect((error as MfaCodeReusedError).waitSeconds).toBe(10);
  });

  it.each([
    ["AccessDenied", "ACCESS_DENIED", "IAM policy"],
    ["AccessDeniedException", "ACCESS_DENIED", "IAM policy"],
    ["InvalidClientTokenId", "ACCESS_DENIED", "aws_access_key_id"],
    ["SignatureDoesNotMatch", "ACCESS_DENIED", "aws_secret_access_key"],
    ["ExpiredToken", "ACCESS_DENIED", "expired"],
    ["Throttling", "THROTTLED", "throttling"],
    ["ThrottlingException", "THROTTLED", "throttling"],
    ["EntityAlreadyExists", "ENTITY_EXISTS", "already exists"],
    ["NoSuchEntity", "NO_SUCH_ENTITY", "no such"],
    ["DeleteConflict", "DEVICE_CONFLICT", "still in use"],
    ["LimitExceeded", "DEVICE_LIMIT", "limit"],
    ["InvalidAuthenticationCode", "INVALID_MFA_CODE", "consecutive codes"],
  ] as const)("maps %s to %s", (code, errorCode, hint) => {
    const error = translateAwsError(awsError(code, `User: arn:aws:iam::1:user/alice is not authorized; token 123456`), { subject });
    expect(error).toMatchObject({ code: errorCode });
    expect(error.message.startsWith(`${subject}: `)).toBe(true);
    expect(error.message).toContain(hint);
    expect(error.message).not.toContain("123456");
    expect(error.message).not.toContain("arn:aws:iam::1:user/alice");
  });

  it("maps validation errors on tokenCode and serialNumber without echoing the value", () => {
    const code = translateAwsError(awsError("ValidationError", "1 validation error detected: Value '12345x' at 'tokenCode' failed to satisfy constraint"), { subject });
    expect(code).toBeInstanceOf(InvalidMfaCodeError);
    expect(code.message).not.toContain("12345x");
    const serial = translateAwsError(awsError("ValidationError", "Value 'arn:bad serial' at 'serialNumber' failed to satisfy constraint"), { subject });
    expect(serial).toMatchObject({ code: "NO_MFA_DEVICE" });
    expect(serial.message).not.toContain("arn:bad");
  });

  it("says to try again later for a server fault that outlived the retries", () => {
    const error = translateAwsError(Object.assign(awsError("ServiceUnavailable", "x", 503), { $fault: "server" }), { subject });
    expect(error).toBeInstanceOf(AwsServiceError);
    expect(error.message).toContain("Try again in a minute");
  });

  it("keeps the service's code for anything else", () => {
    const error = translateAwsError(awsError("RegionDisabledException", "STS is not activated in this region"), { subject });
    expect(error).toBeInstanceOf(AwsServiceError);
    expect((error as AwsServiceError).awsCode).toBe("RegionDisabledException");
    expect(error.cause).toBeInstanceOf(Error);
  });

  it.each([
    [Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }), "connection refused"],
    [Object.assign(new Error("getaddrinfo ENOTFOUND sts.invalid"), { code: "ENOTFOUND" }), "host not found"],
    [Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }), "connection reset"],
    [Object.assign(new Error("Connection timed out after 5000 ms"), { name: "TimeoutError" }), "timed out"],
    [new Error("socket hang up"), "connection closed"],
  ])("maps the network failure %o to an ENDPOINT_UNREACHABLE error naming the endpoint", (cause, reason) => {
    const error = translateAwsError(cause, { subject, endpoint: "https://user:pass@sts.example.test:8443/path?token=x" });
    expect(error).toMatchObject({ code: "ENDPOINT_UNREACHABLE" });
    expect(error.message).toContain(`could not reach https://sts.example.test:8443/path (${reason})`);
    expect(error.message).toContain("endpoint_url");
    expect(error.message).not.toContain("pass");
    expect(error.message).not.toContain("token=x");
  });

  it("says AWS when no endpoint override was used", () => {
    const error = translateAwsError(Object.assign(new Error("x"), { code: "ENOTFOUND" }), { subject });
    expect(error.message).toContain("could not reach AWS (host not found)");
  });

  it("passes mfa-session errors through unchanged", () => {
    const original = new UsageError("x");
    expect(translateAwsError(original, { subject })).toBe(original);
  });
});
