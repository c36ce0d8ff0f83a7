// Verifies a request's Signature Version 4 against the sandbox's keys and sessions and resolves the
// caller. Any region is accepted in the credential scope; the service must be the one called.
import { timingSafeEqual } from "node:crypto";
import type { Principal } from "../auth/Principal.js";
import type { WireProtocol } from "../protocol/renderResponse.js";
import type { SandboxState } from "../state/SandboxState.js";
import { authError } from "./authErrors.js";
import { computeSignature, deriveSigningKey, formatCanonicalRequest, formatStringToSign, sha256Hex } from "./computeSignature.js";
import { parseAuthorization } from "./parseAuthorization.js";

export interface SignedRequest {
  method: string;
  path: string;
  query: string;
  /** Lower-case names; repeated headers joined with ",". */
  headers: Record<string, string>;
  body: Buffer;
}

/** How far X-Amz-Date may be from the wall clock, as AWS allows. */
export const MAX_REQUEST_SKEW_MS = 15 * 60 * 1000;

export interface AuthenticationTimes {
  /** The sandbox clock: session expiry. */
  nowMs: number;
  /** Real time, which clients sign with: request-time skew. */
  wallClockMs: number;
}

export interface AuthenticatedCaller {
  principal: Principal;
  region: string;
}

export function authenticateRequest(
  request: SignedRequest,
  expected: { service: string; protocol: WireProtocol },
  state: SandboxState,
  times: AuthenticationTimes,
): AuthenticatedCaller {
  const { protocol } = expected;
  const header = request.headers["authorization"];
  if (!header) throw authError("missing", protocol);
  const auth = parseAuthorization(header);
  if (!auth) throw authError("malformed", protocol);
  if (!auth.signedHeaders.includes("host")) throw authError("malformed", protocol, "'Host' must be a 'SignedHeader' in the AWS Authorization.");
  if (auth.service !== expected.service) throw authError("wrongService", protocol, expected.service);

  const credentials = resolveCredentials(auth.accessKeyId, state);
  if (!credentials) throw authError("unknownKey", protocol);

  const amzDate = request.headers["x-amz-date"] ?? "";
  if (!/^\d{8}T\d{6}Z$/.test(amzDate) || !amzDate.startsWith(auth.date)) throw authError("badSignature", protocol);
  checkSkew(amzDate, times.wallClockMs, protocol);

  const declaredHash = request.headers["x-amz-content-sha256"];
  const bodyHash = sha256Hex(request.body);
  if (declaredHash && declaredHash !== "UNSIGNED-PAYLOAD" && declaredHash !== bodyHash) throw authError("badSignature", protocol);
  const canonical = formatCanonicalRequest({
    method: request.method,
    path: request.path,
    query: request.query,
    headers: request.headers,
    signedHeaders: auth.signedHeaders,
    payloadHash: declaredHash ?? bodyHash,
  });
  const key = deriveSigningKey(credentials.secretAccessKey, auth.date, auth.region, auth.service);
  const expectedSignature = computeSignature(key, formatStringToSign(amzDate, auth.scope, canonical));
  if (!timingSafeEqual(Buffer.from(expectedSignature), Buffer.from(auth.signature))) throw authError("badSignature", protocol);

  const session = credentials.session;
  if (session) {
    const token = request.headers["x-amz-security-token"];
    if (!token || !safeEqual(token, session.sessionToken)) throw authError("unknownKey", protocol);
    if (times.nowMs >= session.expiresAt) throw authError("expired", protocol);
  }
  return { principal: credentials.principal, region: auth.region };
}

function formatAmzDate(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

function checkSkew(amzDate: string, wallClockMs: number, protocol: WireProtocol): void {
  const signedMs = Date.UTC(+amzDate.slice(0, 4), +amzDate.slice(4, 6) - 1, +amzDate.slice(6, 8), +amzDate.slice(9, 11), +amzDate.slice(11, 13), +amzDate.slice(13, 15));
  if (signedMs < wallClockMs - MAX_REQUEST_SKEW_MS) {
    const limit = formatAmzDate(wallClockMs - MAX_REQUEST_SKEW_MS);
    throw authError("skewed", protocol, `Signature expired: ${amzDate} is now earlier than ${limit} (${formatAmzDate(wallClockMs)} - 15 min.)`);
  }
  if (signedMs > wallClockMs + MAX_REQUEST_SKEW_MS) {
    const limit = formatAmzDate(wallClockMs + MAX_REQUEST_SKEW_MS);
    throw authError("skewed", protocol, `Signature not yet current: ${amzDate} is still later than ${limit} (${formatAmzDate(wallClockMs)} + 15 min.)`);
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function resolveCredentials(accessKeyId: string, state: SandboxState) {
  const key = state.accessKeys[accessKeyId];
  if (key) {
    if (key.status !== "Active" || !state.users[key.userName]) return undefined;
    const principal: Principal = { accessKeyId, credentialType: "long-term", userName: key.userName, mfaPresent: false };
    return { secretAccessKey: key.secretAccessKey, principal, session: undefined };
  }
  const session = state.sessions[accessKeyId];
  if (!session) return undefined;
  const p = session.principal;
  const principal: Principal = {
    accessKeyId,
    credentialType: "session",
    mfaPresent: session.mfaPresent,
    session,
    ...(session.mfaAuthenticatedAt !== undefined ? { mfaAuthenticatedAt: session.mfaAuthenticatedAt } : {}),
    ...(p.kind === "user" ? { userName: p.userName } : { role: { roleName: p.roleName, sessionName: p.sessionName } }),
  };
  return { secretAccessKey: session.secretAccessKey, principal, session };
}
