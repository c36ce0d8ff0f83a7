// `mfa-session export --profile P`: the credentials for tools that want them in the environment or as
// JSON. Prints secrets on stdout, by request; never on stderr. The default stays POSIX `export` lines
// on every platform, Windows too: Git Bash and MSYS run node.exe as well, and nothing tells a
// PowerShell reliably from cmd.exe or bash there, so the shell is named with --format.
import { UsageError, formatProcessCredentials, type SessionCredentials } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { getCliCredentials } from "../session/getCliCredentials.js";

const help = `Usage: mfa-session export --profile PROFILE [--format env|powershell|cmd|json|process] [--token-code CODE]

Prints the profile's session credentials on stdout:
  env         export AWS_ACCESS_KEY_ID=... lines for a POSIX shell (default, also on Windows), with the region
  powershell  $Env:AWS_ACCESS_KEY_ID = '...' lines for PowerShell
  cmd         set "AWS_ACCESS_KEY_ID=..." lines for cmd.exe
  json        {"AccessKeyId", "SecretAccessKey", "SessionToken", "Expiration"} (like aws sts get-session-token)
  process     the credential_process Version 1 JSON

Options:
  --profile PROFILE    the profile (required)
  --format FORMAT      env, powershell, cmd, json or process
  --token-code CODE    the current 6-digit code instead of a prompt
  -h, --help           show this help

Examples:
  eval "$(mfa-session export --profile dev)"
  mfa-session export --profile dev --format powershell | Invoke-Expression
  for /f "delims=" %i in ('mfa-session export --profile dev --format cmd') do @%i
  mfa-session export --profile dev --format json | jq .Expiration
`;

const FORMATS = ["env", "powershell", "cmd", "json", "process"] as const;
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
  if (format === "powershell") {
    // PowerShell reads the typographic single quotes as ' too; a doubled one stands for itself.
    return vars.map(([name, value]) => `$Env:${name} = '${value.replace(/['\u2018\u2019\u201a\u201b]/g, "$&$&")}'\n`).join("");
  }
  if (format === "cmd") return vars.map(([name, value]) => `set "${name}=${getCmdValue(name, value)}"\r\n`).join("");
  return vars.map(([name, value]) => `export ${name}='${value.replace(/'/g, `'\\''`)}'\n`).join("");
}

/** Inside set "..." cmd.exe keeps & | < > ^ as they are; %, ! (delayed expansion), a quote or a line break it would not. */
function getCmdValue(name: string, value: string): string {
  if (/["%!\r\n]/.test(value)) {
    throw new UsageError(`export: the value of ${name} has a character cmd.exe cannot take in a set command (", %, ! or a line break)`, {
      nextStep: "use --format powershell or --format json instead",
    });
  }
  return value;
}
