// The MFA part of GetSessionToken and AssumeRole: SerialNumber + TokenCode checked against the
// calling user's assigned device, with STS's AccessDenied messages for a wrong or reused code.
import type { ActionContext } from "../actions/ActionSpec.js";
import { consumeMfaCode } from "../auth/consumeMfaCode.js";
import { AwsWireError, wireErrors } from "../protocol/AwsWireError.js";

export const INVALID_MFA_CODE_MESSAGE = "MultiFactorAuthentication failed with invalid MFA one time pass code.";
export const UNVALIDATED_MFA_CODE_MESSAGE = "MultiFactorAuthentication failed, unable to validate MFA code.";

/** Returns true when a valid code was given, false when no SerialNumber was given; throws otherwise. */
export function verifyTokenCode(context: ActionContext, userName: string | undefined): boolean {
  const serialNumber = context.params.get("SerialNumber");
  const tokenCode = context.params.get("TokenCode");
  if (serialNumber === undefined || serialNumber === "") {
    if (tokenCode !== undefined && tokenCode !== "") throw wireErrors.missingParameter("SerialNumber");
    return false;
  }
  if (serialNumber.length < 9 || serialNumber.length > 256 || !/^[\w+=/:,.@-]+$/.test(serialNumber)) {
    throw new AwsWireError("ValidationError", `1 validation error detected: Value '${serialNumber.slice(0, 64)}' at 'serialNumber' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=/:,.@-]*`, 400);
  }
  if (tokenCode === undefined || tokenCode === "") throw wireErrors.accessDenied(UNVALIDATED_MFA_CODE_MESSAGE);
  if (!/^\d{6}$/.test(tokenCode)) {
    throw new AwsWireError("ValidationError", "1 validation error detected: Value at 'tokenCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\d]*", 400);
  }
  const device = context.state.mfaDevices[serialNumber];
  if (!device || !userName || device.userName !== userName) throw wireErrors.accessDenied(INVALID_MFA_CODE_MESSAGE);
  const check = consumeMfaCode(device, tokenCode, context.clock.now());
  if (!check.ok) throw wireErrors.accessDenied(check.reason === "reused" ? UNVALIDATED_MFA_CODE_MESSAGE : INVALID_MFA_CODE_MESSAGE);
  return true;
}
