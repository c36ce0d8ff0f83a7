// Temporary stand-in for aws/translateAwsError.ts (helper A) until it lands; same signature.
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { AccessDeniedError, AwsServiceError, EndpointUnreachableError, ThrottledError } from "../errors/errors.js";

export function translateAwsError(error: unknown, context: { subject: string; endpoint?: string }): MfaSessionError {
  if (error instanceof MfaSessionError) return error;
  const name = typeof error === "object" && error !== null && typeof (error as { name?: unknown }).name === "string" ? (error as { name: string }).name : "Error";
  const code = name.replace(/Exception$/, "");
  if (/Throttl|RequestLimitExceeded|TooManyRequests/.test(code)) return new ThrottledError(`${context.subject}: AWS is throttling requests; wait a moment and try again.`, { cause: error });
  if (/AccessDenied|UnauthorizedOperation/.test(code)) return new AccessDeniedError(`${context.subject}: access denied; check the credentials' IAM policy (an MFA policy needs an MFA session).`, { cause: error });
  if (/ECONNREFUSED|ENOTFOUND|TimeoutError/.test(code) || /ECONNREFUSED/.test(String((error as Error).message))) return new EndpointUnreachableError(`${context.subject}: cannot reach ${context.endpoint ?? "AWS"}; check the network or endpoint.`, { cause: error });
  return new AwsServiceError(code, `${context.subject}: AWS returned ${code}.`, { cause: error });
}
