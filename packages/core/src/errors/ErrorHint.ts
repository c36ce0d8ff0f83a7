// What would fix an error, as data. Core's message words it neutrally (no flag, no command); each
// app words it as its own next step: a CLI flag in the terminal, a command in VS Code.

export type ErrorHint =
  /** A virtual MFA device of that name exists (CreateVirtualMFADevice). */
  | { kind: "device-name-taken" }
  /** The device is enabled for a user; enabling it again needs it deactivated, or another device. */
  | { kind: "device-already-enabled"; serialNumber?: string }
  /** Deleting a device that is still enabled: deactivate it first (or delete it anyway). */
  | { kind: "device-still-enabled"; serialNumber?: string }
  /** No such device or user: look at the list of devices. */
  | { kind: "device-not-found" }
  /** The account's quota of virtual MFA devices is reached: remove unassigned ones. */
  | { kind: "device-quota" }
  /** A device set-up failed and its rollback too: the device must be removed by hand. */
  | { kind: "remove-device"; serialNumber: string }
  /** The credentials are not an IAM user's: an administrator creates and enables devices for users. */
  | { kind: "not-an-iam-user" }
  /** The profile has a credential_process that is not mfa-session's: replace it on purpose only. */
  | { kind: "replace-credential-process"; profile: string }
  /** Neither the profile nor its source names an MFA device: give one. */
  | { kind: "give-mfa-serial"; profile: string }
  /** The installed mfa-session (or the node.exe that runs it) cannot be found: install it, or name where it is. */
  | { kind: "install-cli" }
  /** A word of the credential_process line cannot be quoted safely: start mfa-session another way. */
  | { kind: "unsafe-command-word"; word: string }
  /** A code given up front was refused; it cannot be asked for again. */
  | { kind: "fresh-code"; profile: string }
  /** No code source can ask here (no terminal, no VS Code, no dialog, no mfa_process): sign in where one can. */
  | { kind: "no-code-source"; profile: string }
  /** No profile uses an MFA device yet: configure one (a credential_process profile with mfa_serial). */
  | { kind: "configure-profile" }
  /** No profile holds long-term access keys: add some (the source of every MFA session). */
  | { kind: "add-access-keys" }
  /** A profile used for an MFA session names no device: add mfa_serial, or create a device for its keys. */
  | { kind: "add-mfa-serial"; profile: string; sourceProfile: string };

export type ErrorHintKind = ErrorHint["kind"];
