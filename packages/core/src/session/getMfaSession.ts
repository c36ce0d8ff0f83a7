// GetSessionToken with the profile's MFA device: the MFA session every role of the same source and
// device is assumed from, so one code serves them all.
import type { ResolvedProfile } from "../config/ResolvedProfile.js";
import { MfaSessionError } from "../errors/MfaSessionError.js";
import type { StsPort } from "../ports/ports.js";
import { callSts } from "./callSts.js";
import type { SessionCredentials } from "./ProcessCredentials.js";
import { submitMfaCode, type MfaCodeOptions } from "./submitMfaCode.js";
import { toSessionCredentials } from "./toSessionCredentials.js";

/** GetSessionToken's DurationSeconds range for IAM users. */
export const MIN_SESSION_SECONDS = 900;
export const MAX_SESSION_SECONDS = 129_600;

export interface GetMfaSessionOptions extends MfaCodeOptions {
  profile: ResolvedProfile;
  /** STS client signed with the source profile's credentials. */
  sts: StsPort;
}

export async function getMfaSession(options: GetMfaSessionOptions): Promise<SessionCredentials> {
  const { profile } = options;
  const subject = `Profile ${profile.name}`;
  const mfaSerial = requireMfaSerial(profile);
  const durationSeconds = profile.sessionDurationSeconds;
  if (!Number.isInteger(durationSeconds) || durationSeconds < MIN_SESSION_SECONDS || durationSeconds > MAX_SESSION_SECONDS) {
    throw new MfaSessionError(
      `${subject}: mfa_session_duration_seconds must be a whole number from ${MIN_SESSION_SECONDS} to ${MAX_SESSION_SECONDS}; fix it in your AWS config.`, "CONFIG_INVALID",
    );
  }
  const reason = `to start an MFA session for profile ${profile.name}`;
  return submitMfaCode({ ...options, profile: profile.name, mfaSerial, reason }, async (code) => {
    const { GetSessionTokenCommand } = await import("@aws-sdk/client-sts");
    const command = new GetSessionTokenCommand({ SerialNumber: mfaSerial, TokenCode: code, DurationSeconds: durationSeconds });
    const output = await callSts({ subject, endpoint: profile.endpoints.sts }, () => options.sts.send(command, { abortSignal: options.signal }));
    return toSessionCredentials(output.Credentials, subject);
  });
}

export function requireMfaSerial(profile: ResolvedProfile): string {
  if (profile.mfaSerial === undefined || profile.mfaSerial === "") {
    const where = profile.chain.length > 1 ? `profile ${profile.name} or its source profiles (${profile.chain.join(" -> ")})` : `profile ${profile.name}`;
    throw new MfaSessionError(`Profile ${profile.name}: no mfa_serial is configured on ${where}`, "NO_MFA_DEVICE", {
      hint: { kind: "add-mfa-serial", profile: profile.name, sourceProfile: profile.sourceProfile },
      nextStep: `add mfa_serial = <your MFA device ARN> to the profile, or set up an MFA device for profile ${profile.sourceProfile}`,
    });
  }
  return profile.mfaSerial;
}
