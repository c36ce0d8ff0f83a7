// GetSessionToken: long-term user keys only; 900 to 129600 s (default 12 h); optional MFA code.
import type { ActionSpec } from "../actions/ActionSpec.js";
import { wireErrors } from "../protocol/AwsWireError.js";
import { issueSession, renderCredentials } from "./issueSession.js";
import { verifyTokenCode } from "./verifyTokenCode.js";

export const getSessionToken: ActionSpec = {
  mutates: true,
  allowedWithoutMfa: () => true,
  handle(context) {
    const durationSeconds = context.params.integer("DurationSeconds", 900, 129600) ?? 43200;
    const { principal } = context;
    if (principal.credentialType !== "long-term" || !principal.userName) {
      throw wireErrors.accessDenied("Cannot call GetSessionToken with session credentials");
    }
    const mfa = verifyTokenCode(context, principal.userName);
    const nowMs = context.clock.now();
    const session = issueSession(context.state, {
      principal: { kind: "user", userName: principal.userName },
      nowMs,
      durationSeconds,
      mfaPresent: mfa,
      ...(mfa ? { mfaAuthenticatedAt: nowMs } : {}),
    });
    return { Credentials: renderCredentials(session) };
  },
};
