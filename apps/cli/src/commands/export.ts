// `mfa-session export --profile P`: the credentials for tools that want them in the environment or as
// JSON. Prints secrets on stdout, by request; never on stderr.
import { UsageError, formatProcessCredentials, type SessionCredentials } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { getCliCredentials } from "../session/getCliCredentials.js";

const help = `Usage: mfa-session export --profile PROFILE [--format env|json|process] [--token-code CODE]

Prints the profile's session credentials on stdout:
  env      export AWS_ACCESS_KEY_ID=... lines for a POSIX shell (default), with the region
  json     {"AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"} (like aws sts get-session-token)
  process  the credential_process Version 1 JSON

Options:
  --profile PROFILE    the profile (required)
  --format FORMAT      env, json or process
  --token-code CODE    the current 6-digit code instead of a prompt
  -h, --help           show this help

Examples:
  eval "$(mfa-session export --profile dev)"
  mfa-session export --profile dev --format json | jq .Expiration
`;

const FORMATS = ["env", "json", "process"] as const;
type ExportFormat = (typeof FORMATS)[number];

export const exportCommand: Command = {
  summary: "print a profile's session credentials (env exports, JSON, or process JSON)",
  help,
  async run(argv: string[], io: CliIo) {
    const { values } = parseCommandArgs("export", argv, {
      profile: { type: "string" },
      format: { type: "string", default: "env" },
      "token-code": { type: "string" },
    });
    if (!values.profile) throw new UsageError("export: --profile PROFILE is required.");
    const format = values.format as ExportFormat;
    if (!FORMATS.includes(format)) throw new UsageError(`export: --format must be one of ${FORMATS.join(", ")}.`);
    const { credentials, profile } = await getCliCredentials(io, { profile: values.profile, tokenCode: values["token-code"] });
    io.stdout.write(formatExport(credentials, format, profile.region));
    return EXIT_OK;
  },
};

export function formatExport(credentials: SessionCredentials, format: ExportFormat, region?: string): string {
  const process = formatProcessCredentials(credentials);
  if (format === "process") return `${JSON.stringify(process)}\n`;
  if (format === "json") {
    const { Version: _version, ...rest } = process;
    return `${JSON.stringify(rest, null, 2)}\n`;
  }
  const vars: Array<[string, string]> = [
    ["AWS_ACCESS_KEY_ID", process.AccessKeyId],
    ["AWS_SECRET_ACCESS_KEY", process.SecretAccessKey],
    ["AWS_SESSION_TOKEN", process.SessionToken],
    ["AWS_CREDENTIAL_EXPIRATION", process.Expiration],
    // botocore reads AWS_DEFAULT_REGION, the other SDKs AWS_REGION.
    ...(region ? [["AWS_REGION", region], ["AWS_DEFAULT_REGION", region]] as Array<[string, string]> : []),
  ];
  return vars.map(([name, value]) => `export ${name}='${value.replace(/'/g, `'\\''`)}'\n`).join("");
}
