// The --help of each `mfa-session keys` subcommand (rotate's is its own command's).

const HELP = "  -h, --help           show this help";

export const keysSubcommandHelp = {
  import: `Usage: mfa-session keys import --profile P

Moves profile P's long-term keys (aws_access_key_id, aws_secret_access_key) from the credentials file
(or from [profile P] in the config file) into the OS keychain: service mfa-session, account P. The
keychain entry is read back first; then mfa_session_key_store = keychain and the (non-secret)
mfa_session_access_key_id are recorded in [profile P] of the config file, and only then are the two
key lines removed from the file. Every other line stays as it was. The file's previous version is
kept as <file>.mfa-session.bak (mode 0600): it still holds the keys, so delete it once the profile works.
Cached sessions of P stay valid (same keys).

Options:
  --profile P          the profile whose keys move (required)
${HELP}

Example:
  mfa-session keys import --profile dev-keys
`,
  add: `Usage: mfa-session keys add --profile P [--stdin]

Stores an access key ID and secret access key for profile P in the OS keychain (service mfa-session,
account P) and records mfa_session_key_store = keychain and mfa_session_access_key_id in
[profile P] of the config file. The keys are asked on the terminal with typing hidden, never taken
from the command line. An entry P already has is replaced. Key lines for P in the credentials file are
left alone (other AWS tools still use them; keys import removes them).

Options:
  --profile P          the profile the keys are for (required)
  --stdin              read two lines from stdin instead: the key ID, then the secret
${HELP}

Examples:
  mfa-session keys add --profile dev-keys
  aws-vault exec --no-session dev -- sh -c 'printf "%s\\n%s\\n" "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY"' \\
    | mfa-session keys add --profile dev-keys --stdin
`,
  list: `Usage: mfa-session keys list [--json]

Lists the profiles whose keys are in the OS keychain (service mfa-session) with their access key
IDs. Never shows a secret.

Options:
  --json               one JSON array of {"profile", "accessKeyId"}
${HELP}
`,
  remove: `Usage: mfa-session keys remove --profile P

Deletes profile P's keys from the OS keychain and removes mfa_session_key_store and
mfa_session_access_key_id from [profile P]. The keys are not written anywhere else: P needs keys
again afterwards (keys add, or aws configure --profile P).

Options:
  --profile P          the profile whose keychain entry goes (required)
${HELP}
`,
};

export type KeysSubcommandName = keyof typeof keysSubcommandHelp;
