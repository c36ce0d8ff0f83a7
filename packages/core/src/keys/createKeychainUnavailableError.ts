// The one message for "the OS keychain did not answer": what failed, then the ways out. No
// encrypted-file fallback is offered (docs/keychain.md says why): the alternatives are a running
// keychain service, a credential_process source (pass, 1Password CLI, ...) or the credentials file.
import { MfaSessionError } from "../errors/MfaSessionError.js";

export interface KeychainUnavailableInput {
  platform: NodeJS.Platform;
  profile?: string | undefined;
  reason: string;
  cause?: unknown;
}

export function createKeychainUnavailableError(input: KeychainUnavailableInput): MfaSessionError {
  const subject = input.profile === undefined ? "The OS keychain" : `Profile ${input.profile}: the OS keychain`;
  const service = input.platform === "linux"
    ? "start and unlock a Secret Service (GNOME Keyring or KeePassXC; without a desktop: dbus-run-session and gnome-keyring-daemon --unlock, see docs/keychain.md)"
    : input.platform === "darwin" ? "unlock the login keychain" : input.platform === "win32" ? "sign in to Windows with your own account so Credential Manager is available" : "start the system's keychain service";
  return new MfaSessionError(
    `${subject} could not be used (${input.reason}). Either ${service}; ` +
      "or give the source profile a credential_process that prints the keys from a password manager (pass, 1Password CLI, ...); " +
      "or keep the keys in ~/.aws/credentials (remove mfa_session_key_store from the profile).",
    "KEYCHAIN_UNAVAILABLE", input.cause === undefined ? {} : { cause: input.cause },
  );
}
