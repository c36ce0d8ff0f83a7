// The one place where AWS SDK errors become mfa-session errors. Messages name the subject and the
// next step; they never carry request parameters, keys or MFA codes (the SDK error stays as cause).
import { AccessDeniedError, AwsServiceError, DeviceConflictError, EntityExistsError, InvalidMfaCodeError, MfaCodeReusedError, NoSuchEntityError, ThrottledError } from "../errors/errors.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { systemClock, type Clock } from "../ports/ports.js";
import { getSecondsUntilNextCode } from "../totp/generateTotp.js";

export interface TranslateAwsErrorOptions {
  /** Who/what failed, e.g. "Profile work: GetSessionToken". */
  subject: string;
  /** The endpoint called, when overridden; named in unreachable-endpoint messages. */
  endpoint?: string;
  clock?: Clock;
}

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ECONNRESET: "connection reset",
  ECONNABORTED: "connection aborted",
  EPIPE: "connection closed",
  ETIMEDOUT: "timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  CERT_HAS_EXPIRED: "TLS certificate expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed TLS certificate",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "TLS certificate not trusted",
  SELF_SIGNED_CERT_IN_CHAIN: "TLS certificate not trusted",
};

export function translateAwsError(error: unknown, options: TranslateAwsErrorOptions): MfaSessionError {
  if (error instanceof MfaSessionError) return error;
  const { subject } = options;
  const cause = { cause: error };
  const network = getNetworkProblem(error);
  if (network !== undefined) {
    const target = options.endpoint === undefined ? "AWS" : formatEndpoint(options.endpoint);
    return new MfaSessionError(
      `${subject}: could not reach ${target} (${network}). Check endpoint_url / AWS_ENDPOINT_URL* and your network or proxy, then try again.`, "ENDPOINT_UNREACHABLE",
      cause,
    );
  }
  const awsCode = getAwsCode(error);
  const message = getMessage(error);
  if (/MultiFactorAuthentication failed/i.test(message) || awsCode === "InvalidMFACode") {
    if (/already (been )?used|reuse|used recently/i.test(message)) {
      const waitSeconds = getSecondsUntilNextCode((options.clock ?? systemClock).now());
      return new MfaCodeReusedError(waitSeconds, `${subject}: AWS refused an MFA code that was already used. Wait ${waitSeconds} s for the next code and try again.`, cause);
    }
    if (/unable to validate MFA code/i.test(message)) {
      // STS says this for a code that was already used, and also for a serial that is not the
      // user's device (then with "Please verify your MFA serial number"): name both next steps.
      const waitSeconds = getSecondsUntilNextCode((options.clock ?? systemClock).now());
      return new MfaCodeReusedError(
        waitSeconds,
        `${subject}: AWS could not validate the MFA code; it was probably used already. Wait ${waitSeconds} s for the next code and try again. ` +
          "If it keeps failing, check that mfa_serial is the ARN of the MFA device assigned to the user of the source keys (aws iam list-mfa-devices).",
        cause,
      );
    }
    return new InvalidMfaCodeError(
      `${subject}: AWS refused the MFA code (wrong, expired, or already used). Wait for the next code and try again; if it keeps failing, check the device clock.`,
      cause,
    );
  }
  if (awsCode === "ValidationError" && /tokenCode/i.test(message)) {
    return new InvalidMfaCodeError(`${subject}: AWS refused the MFA code's format. Enter the 6 digits the authenticator shows.`, cause);
  }
  if (awsCode === "ValidationError" && /serialNumber/i.test(message)) {
    return new MfaSessionError(`${subject}: mfa_serial is not a valid MFA device serial or ARN (arn:aws:iam::123456789012:mfa/name). Fix it in the profile.`, "NO_MFA_DEVICE", cause);
  }
  switch (awsCode) {
    case "AccessDenied":
    case "AccessDeniedException":
      return new AccessDeniedError(`${subject}: access denied by AWS. Check the IAM policy of the source user (and the role's trust policy, if a role is assumed).`, cause);
    case "InvalidClientTokenId":
    case "UnrecognizedClientException":
    case "InvalidAccessKeyId":
      return new AccessDeniedError(`${subject}: AWS does not recognise the access key. Check aws_access_key_id in the source profile, or create a new key for the user.`, cause);
    case "SignatureDoesNotMatch":
      return new AccessDeniedError(`${subject}: the secret access key does not match the access key. Re-enter aws_secret_access_key in the source profile.`, cause);
    case "ExpiredToken":
    case "ExpiredTokenException":
    case "RequestExpired":
      return new AccessDeniedError(`${subject}: the credentials have expired. Refresh the source credentials (or remove a stale aws_session_token) and try again.`, cause);
    case "Throttling":
    case "ThrottlingException":
    case "TooManyRequestsException":
    case "RequestLimitExceeded":
      return new ThrottledError(`${subject}: AWS is throttling requests. Wait a minute and try again.`, cause);
    case "InvalidAuthenticationCode":
      return new InvalidMfaCodeError(`${subject}: AWS refused the authentication codes. Enter two consecutive codes from the authenticator and try again.`, cause);
    case "EntityAlreadyExists":
      return new EntityExistsError(`${subject}: it already exists in IAM. Use the existing one or delete it first.`, cause);
    case "NoSuchEntity":
      return new NoSuchEntityError(`${subject}: IAM has no such user or device. Check the name or ARN.`, cause);
    case "DeleteConflict":
      return new DeviceConflictError(`${subject}: IAM refused because it is still in use (for example an MFA device still assigned). Deactivate it first.`, cause);
    case "LimitExceeded":
      return new MfaSessionError(`${subject}: an IAM limit was reached (for example the maximum number of MFA devices for the user). Remove one first.`, "DEVICE_LIMIT", cause);
    default:
      if (isServerFault(error)) {
        return new AwsServiceError(awsCode, `${subject}: AWS had an internal problem (${awsCode}) even after retries. Try again in a minute.`, cause);
      }
      return new AwsServiceError(awsCode, `${subject}: AWS returned ${awsCode}. Check the request and your permissions, then try again.`, cause);
  }
}

function getNetworkProblem(error: unknown): string | undefined {
  for (let current = error, depth = 0; typeof current === "object" && current !== null && depth < 5; depth += 1) {
    const record = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; $metadata?: { httpStatusCode?: number } };
    if (record.$metadata?.httpStatusCode !== undefined) return undefined;
    if (typeof record.code === "string" && NETWORK_CODES[record.code] !== undefined) return NETWORK_CODES[record.code];
    if (record.name === "TimeoutError") return "timed out";
    if (typeof record.message === "string" && /socket hang up/i.test(record.message)) return "connection closed";
    current = record.cause;
  }
  return undefined;
}

function isServerFault(error: unknown): boolean {
  const record = error as { $fault?: unknown; $metadata?: { httpStatusCode?: number } } | null;
  return record?.$fault === "server" || (record?.$metadata?.httpStatusCode ?? 0) >= 500;
}

function getAwsCode(error: unknown): string {
  if (typeof error !== "object" || error === null) return "Unknown";
  const record = error as { Code?: unknown; code?: unknown; name?: unknown };
  for (const candidate of [record.Code, record.name, record.code]) {
    if (typeof candidate === "string" && candidate !== "" && candidate !== "Error") return candidate;
  }
  return "Unknown";
}

function getMessage(error: unknown): string {
  return error instanceof Error ? error.message : typeof error === "string" ? error : "";
}

/** The endpoint without user info, query or fragment (they could hold credentials). */
function formatEndpoint(endpoint: string): string {
  try {
    const url = new URL(endpoint);
    return `${url.protocol}//${url.host}${url.pathname === "/" ? "" : url.pathname}`;
  } catch {
    return "the configured endpoint";
  }
}
