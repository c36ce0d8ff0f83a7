// The --help of each `mfa-session device` subcommand: usage, what it does, its options and an example.
// Every subcommand takes --profile P (see `mfa-session device --help`).

const PROFILE = "  --profile P          the profile whose credentials call IAM (an mfa-session profile works too)";
const HELP = "  -h, --help           show this help";
/** enable and resync take the same two codes (readCodePair.ts). */
const CODE_OPTIONS = `  --serial ARN               the device's serial number (required)
  --authentication-code-1 C  the first code
  --authentication-code-2 C  the code after it
  --seed-file F              compute both codes from a Base32 seed or otpauth:// URI file
${PROFILE}`;

export const deviceSubcommandHelp = {
  setup: `Usage: mfa-session device setup [--profile P] [--name NAME] [--path /p/] [--tag KEY=VALUE ...]
                               [--outfile FILE [--bootstrap-method QRCodePNG|Base32StringSeed] [--force]] [--skip-config]

Sets up a virtual MFA device for yourself, like the console's wizard: creates the device, shows its
QR code on the terminal, reads two consecutive codes from your authenticator, enables the device
and writes mfa_serial into the profile. Any failure (Ctrl-C included) removes the new device again.
Prints the device's serial number (ARN) on stdout.

Options:
  --name NAME          device name (default: your IAM user name)
  --path /p/           IAM path for the device (default /)
  --tag KEY=VALUE      tag the device; repeat for more tags
  --outfile FILE       also save the QR code (PNG) or seed to FILE (mode 0600)
  --bootstrap-method M what --outfile holds: QRCodePNG (default) or Base32StringSeed
  --force              overwrite an existing --outfile
  --skip-config        do not write mfa_serial into the profile
${PROFILE}
${HELP}

Example:
  mfa-session device setup --profile dev
`,
  create: `Usage: mfa-session device create --name NAME --outfile FILE [--bootstrap-method QRCodePNG|Base32StringSeed]
                                [--path /p/] [--tag KEY=VALUE ...] [--qr-terminal] [--force] [--profile P]

Creates a virtual MFA device (not yet enabled for anyone) and saves its QR code (PNG) or Base32 seed
to --outfile, mode 0600. AWS shows the seed only once, so it must be saved. --outfile - prints it on
stdout instead, for a pipe into a password manager.

Options:
  --name NAME          device name (required)
  --outfile FILE       where the QR code or seed goes (required; its folder must exist; - for stdout)
  --bootstrap-method M QRCodePNG (default) or Base32StringSeed
  --path /p/           IAM path for the device (default /)
  --tag KEY=VALUE      tag the device; repeat for more tags
  --qr-terminal        also show the QR code on the terminal
  --force              overwrite an existing --outfile
${PROFILE}
${HELP}

Example:
  mfa-session device create --name alice --outfile alice.png --profile admin
`,
  enable: `Usage: mfa-session device enable --user U --serial ARN
                                [--authentication-code-1 C --authentication-code-2 C | --seed-file F] [--profile P]

Enables a virtual MFA device for an IAM user with two consecutive codes. Without the code options it
asks on the terminal: the first code, then (after the authenticator moves on) the next one.

Options:
  --user U                   the IAM user (required)
${CODE_OPTIONS}
${HELP}

Example:
  mfa-session device enable --user alice --serial arn:aws:iam::123456789012:mfa/alice --seed-file alice.seed --profile admin
`,
  resync: `Usage: mfa-session device resync --user U --serial ARN
                                [--authentication-code-1 C --authentication-code-2 C | --seed-file F] [--profile P]

Resynchronises a device whose clock drifted, with two consecutive codes, so AWS accepts its codes
again. Without the code options it asks on the terminal for the two codes.

Options:
  --user U                   the IAM user the device belongs to (required)
${CODE_OPTIONS}
${HELP}

Example:
  mfa-session device resync --user alice --serial arn:aws:iam::123456789012:mfa/alice --profile admin
`,
  deactivate: `Usage: mfa-session device deactivate --user U --serial ARN [--profile P]

Unassigns a device from its user. The device still exists (delete removes it); the user can no
longer sign in with it, and profiles that name it in mfa_serial stop working.

Options:
  --user U             the IAM user (required)
  --serial ARN         the device's serial number (required)
${PROFILE}
${HELP}

Example:
  mfa-session device deactivate --user alice --serial arn:aws:iam::123456789012:mfa/alice --profile admin
`,
  delete: `Usage: mfa-session device delete --serial ARN [--force] [--profile P]

Deletes a virtual MFA device. A device that is still enabled for a user is refused unless --force,
which deactivates it first.

Options:
  --serial ARN         the device's serial number (required)
  --force              deactivate the device first when it is enabled
${PROFILE}
${HELP}

Example:
  mfa-session device delete --serial arn:aws:iam::123456789012:mfa/old-phone --force --profile admin
`,
  list: `Usage: mfa-session device list [--user U] [--assignment-status Assigned|Unassigned|Any] [--json] [--profile P]

Lists a user's MFA devices, or without --user the account's virtual devices, as a table (serial,
user, enable date, tags).

Options:
  --user U             only this user's devices
  --assignment-status S  Assigned, Unassigned or Any (default); not with --user
  --json               JSON for scripts instead of the table
${PROFILE}
${HELP}

Example:
  mfa-session device list --assignment-status Unassigned --profile admin
`,
  get: `Usage: mfa-session device get --serial ARN [--user U] [--json] [--profile P]

Shows one device: its serial number, user, enable date and tags.

Options:
  --serial ARN         the device's serial number (required)
  --user U             the user it is assigned to (default: the caller)
  --json               JSON for scripts instead of the table
${PROFILE}
${HELP}

Example:
  mfa-session device get --serial arn:aws:iam::123456789012:mfa/alice --user alice --profile admin
`,
  tag: `Usage: mfa-session device tag --serial ARN --tag KEY=VALUE [--tag ...] [--profile P]

Adds tags to a virtual MFA device, or changes the value of tags it has.

Options:
  --serial ARN         the device's serial number (required)
  --tag KEY=VALUE      a tag; repeat for more tags
${PROFILE}
${HELP}

Example:
  mfa-session device tag --serial arn:aws:iam::123456789012:mfa/alice --tag team=platform --profile admin
`,
  untag: `Usage: mfa-session device untag --serial ARN --key KEY [--key ...] [--profile P]

Removes tags from a virtual MFA device, by key.

Options:
  --serial ARN         the device's serial number (required)
  --key KEY            a tag key to remove; repeat for more
${PROFILE}
${HELP}

Example:
  mfa-session device untag --serial arn:aws:iam::123456789012:mfa/alice --key team --profile admin
`,
  provision: `Usage: mfa-session device provision --users-file FILE --out-dir DIR [--enable-with-seeds]
                                   [--path /p/] [--concurrency N] [--json] [--profile P]

Bulk set-up: creates a virtual MFA device for every user in --users-file and saves each QR code
(PNG) and seed in --out-dir (a 0700 folder), with a progress bar, a summary table and a JSON report.
Resumable: the report is saved after every step, so a rerun skips what is done; Ctrl-C stops taking
new users. Throttled calls are retried.

Options:
  --users-file FILE    one IAM user name per line; blank lines and # comments are ignored (required)
  --out-dir DIR        where the QR codes, seeds and report go (required)
  --enable-with-seeds  also enable each device for its user, with codes computed from its seed
  --path /p/           IAM path for the devices (default /)
  --concurrency N      users handled at once, 1 to 16 (default 4)
  --json               print the report as JSON instead of the table
${PROFILE}
${HELP}

Example:
  mfa-session device provision --users-file users.txt --out-dir ./mfa-out --profile admin
`,
} as const;

export type DeviceSubcommandName = keyof typeof deviceSubcommandHelp;
