// `mfa-session keys rotate --profile P`: core's rotateProfileAccessKey with the CLI's code sources for
// the MFA session (as the device commands connect), and what it did in words. No secret is printed.
import { rotateProfileAccessKey } from "@mfa-session/core";
import { getHomedir } from "../../getHomedir.js";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { parseCommandArgs } from "../../parseCommandArgs.js";
import { getCliCredentials } from "../../session/getCliCredentials.js";
import { requireProfile } from "./requireProfile.js";

const help = `Usage: mfa-session keys rotate --profile P

Replaces the long-term access key of profile P (or of the profile at the end of its source_profile
chain) with a new one, in five steps:

  1. ListAccessKeys: IAM allows two keys per user; with two already, nothing is changed and the
     message names the other key and the \`aws iam delete-access-key\` command that frees the slot
  2. CreateAccessKey, through an MFA session when P uses MFA (the code is asked as for a sign-in)
  3. the new key is stored where the old one was: the OS keychain entry (for
     mfa_session_key_store = keychain, whose mfa_session_access_key_id is updated too), or [P] in
     ~/.aws/credentials, rewritten in place (comments and other profiles kept, the previous version
     kept as credentials.mfa-session.bak, mode 0600)
  4. GetCallerIdentity with the new key, retried for up to 15 s (new keys take a moment to work)
  5. DeleteAccessKey of the old key

If a step fails, the old key is not deleted, and the message says which key is active, which one is
stored where, and the command to run next. If storing fails, the new key (whose secret would be
lost) is deleted again. Afterwards the cached sessions made with the old key are removed: they stay
valid in AWS until they expire, but would not be used again; the next use asks for a code.

Options:
  --profile P          the profile whose keys rotate (required)
  -h, --help           show this help

Example:
  mfa-session keys rotate --profile dev
`;

export const keysRotateCommand: Command = {
  summary: "replace a profile's access key with a new one (create, store, prove, delete the old)",
  help,
  async run(argv: string[], io: CliIo) {
    const { values } = parseCommandArgs("keys rotate", argv, { profile: { type: "string" } });
    const profile = requireProfile("rotate", values.profile);
    const result = await rotateProfileAccessKey({
      profile, env: io.env, homedir: getHomedir(io),
      getMfaSession: async (resolved) => (await getCliCredentials(io, { profile: resolved.name })).credentials,
    });
    const lines = [
      `Profile ${profile}: rotated the access key of IAM user ${result.userName}.`,
      `New key ${result.newAccessKeyId} stored in ${result.storedIn}; it answered GetCallerIdentity.`,
      `Old key ${result.oldAccessKeyId} deleted.`,
    ];
    if (result.backupPath !== undefined) lines.push(`${result.backupPath} still holds the old (deleted) key: delete it when you like.`);
    if (result.forgottenSessions > 0) {
      lines.push(`Removed ${result.forgottenSessions} cached session${result.forgottenSessions === 1 ? "" : "s"} made with the old key; the next use asks for an MFA code.`);
    }
    io.stdout.write(`${lines.join("\n")}\n`);
    return EXIT_OK;
  },
};
