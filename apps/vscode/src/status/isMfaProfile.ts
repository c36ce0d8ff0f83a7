// An MFA profile: one that names an MFA device or gets its credentials from mfa-session.
import type { ProfileChoice } from "../services/ExtensionServices.js";

export const isMfaProfile = (choice: ProfileChoice): boolean => choice.mfaSerial !== undefined || choice.usesMfaSession;
