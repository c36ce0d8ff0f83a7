// Mints temporary credentials: opaque random tokens stored server-side with expiry and MFA flag.
import type { XmlObject } from "../protocol/renderXml.js";
import type { SandboxState, SessionPrincipal, SessionRecord } from "../state/SandboxState.js";
import { generateIds } from "../state/generateIds.js";

export interface SessionRequest {
  principal: SessionPrincipal;
  nowMs: number;
  durationSeconds: number;
  mfaPresent: boolean;
  mfaAuthenticatedAt?: number;
}

export function issueSession(state: SandboxState, request: SessionRequest): SessionRecord {
  dropExpiredSessions(state, request.nowMs);
  const session: SessionRecord = {
    accessKeyId: generateIds.sessionAccessKeyId(),
    secretAccessKey: generateIds.secretAccessKey(),
    sessionToken: generateIds.sessionToken(),
    expiresAt: request.nowMs + request.durationSeconds * 1000,
    mfaPresent: request.mfaPresent,
    principal: request.principal,
    ...(request.mfaAuthenticatedAt !== undefined ? { mfaAuthenticatedAt: request.mfaAuthenticatedAt } : {}),
  };
  state.sessions[session.accessKeyId] = session;
  return session;
}

/** Sessions are kept a day past expiry so a late caller still gets ExpiredToken, not an unknown key. */
function dropExpiredSessions(state: SandboxState, nowMs: number): void {
  for (const [id, session] of Object.entries(state.sessions)) {
    if (session.expiresAt + 86_400_000 < nowMs) delete state.sessions[id];
  }
}

export function renderCredentials(session: SessionRecord): XmlObject {
  return {
    AccessKeyId: session.accessKeyId,
    SecretAccessKey: session.secretAccessKey,
    SessionToken: session.sessionToken,
    Expiration: new Date(session.expiresAt).toISOString(),
  };
}
