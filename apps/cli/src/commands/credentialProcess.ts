// `mfa-session credential-process --profile P`: the ~/.aws/config hook. stdout carries only the
// Version 1 JSON; stdin is never read (botocore inherits it, the JS SDK leaves it an open pipe).
// A cache hit (every AWS call while a session lasts) is answered before this command loads, by bin.ts's
// fast path; here, core's getCredentials answers through the same cache-hit function (getCachedCredentials)
// and, on a miss, asks for a code. The session engine, prompts and SDK are imported only here.
import { formatProcessCredentials, UsageError } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import type { CliCredentialsRequest } from "../session/getCliCredentials.js";

const help = `Usage: mfa-session credential-process --profile PROFILE [--token-code CODE] [--no-prompt]

The credential_process hook for ~/.aws/config (written by \`mfa-session configure\`):

  [profile dev]
  mfa_session_source_profile = dev-keys
  mfa_serial = arn:aws:iam::123456789012:mfa/alice
  credential_process = mfa-session credential-process --profile dev

Prints the Version 1 credentials JSON on stdout, from the shared session cache when fresh, else
after one MFA code. The code comes from the first of these that can ask: --token-code (then the only
one), the profile's mfa_process, the terminal (/dev/tty), the VS Code window focused last, a desktop
dialog; in a VS Code terminal, that window before the terminal.
MFA_SESSION_PROMPT=token,process,vscode,tty,dialog (any of them, in your order) or none replaces the
list: a source it leaves out, mfa_process included, is not used. With no way to ask it fails at once
and says what to run.

Options:
  --profile PROFILE    the profile to get credentials for (required)
  --token-code CODE    the current 6-digit code (non-interactive)
  --no-prompt          use the cache, --token-code or mfa_process only; never ask a person
  -h, --help           show this help

Examples:
  mfa-session credential-process --profile dev
  mfa-session credential-process --profile dev --token-code 123456
`;

export function createCredentialProcessCommand(prompt?: CliCredentialsRequest["prompt"]): Command {
  return {
    summary: "the credential_process hook: print Version 1 credentials JSON for a profile",
    help,
    async run(argv: string[], io: CliIo) {
      const { values } = parseCommandArgs("credential-process", argv, {
        profile: { type: "string" },
        "token-code": { type: "string" },
        "no-prompt": { type: "boolean" },
      });
      // Deliberately no AWS_PROFILE fallback: the SDK that runs us may have set it for another profile.
      if (!values.profile) throw new UsageError("credential-process: --profile PROFILE is required (the profile whose credential_process this is).");
      const { getCliCredentials } = await import("../session/getCliCredentials.js");
      const { credentials } = await getCliCredentials(io, {
        profile: values.profile,
        tokenCode: values["token-code"],
        noPrompt: values["no-prompt"] ?? false,
        ...(prompt ? { prompt } : {}),
      });
      io.stdout.write(`${JSON.stringify(formatProcessCredentials(credentials))}\n`);
      return EXIT_OK;
    },
  };
}

export const credentialProcessCommand = createCredentialProcessCommand();
