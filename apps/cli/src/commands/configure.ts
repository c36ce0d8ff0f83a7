// `mfa-session configure`: writes a credential_process profile into ~/.aws/config, changing only the
// lines it must (comments, order and other sections survive byte for byte), keeping a backup, and
// showing the diff instead with --dry-run.
import { UsageError, getCommandLinePlatform, planProfileEdit, type CliCommandSystem } from "@mfa-session/core";
import { getSelfCommand } from "../configure/getSelfCommand.js";
import { getHomedir } from "../getHomedir.js";
import { EXIT_OK, type CliIo, type Command } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { formatWarning } from "../session/formatWarning.js";

const help = `Usage: mfa-session configure --profile NAME --source-profile SRC [--mfa-serial ARN] [--role-arn ARN] [--dry-run]

Writes this profile into your AWS config file (AWS_CONFIG_FILE, default ~/.aws/config):

  [profile NAME]
  mfa_session_source_profile = SRC
  mfa_serial = ARN                      (only where missing)
  mfa_session_role_arn = ARN            (with --role-arn)
  credential_process = mfa-session credential-process --profile NAME

Every other line of the file stays as it was, byte for byte; the previous version is kept as
CONFIG.mfa-session.bak. A symlinked config file is written through its link, and runs at the same
time (another configure, the VS Code extension) wait for each other, so no edit is lost. SRC is the profile holding your long-term access keys (in ~/.aws/credentials).
A profile with static keys never gets a credential_process: pick a new name for the MFA profile.

Options:
  --profile NAME         the profile to write (the one your tools will use)
  --source-profile SRC   the profile with the long-term access keys
  --mfa-serial ARN       your MFA device (written where no mfa_serial is set)
  --role-arn ARN         assume this role from the MFA session (one code serves every role)
  --command CMD          how credential_process starts mfa-session (default: mfa-session when it is on
                         PATH, else node and this script by absolute path, node in a form that survives
                         Node upgrades where one exists; on Windows always node.exe and the script, a
                         folder with spaces in its 8.3 short form); double-quote a path with spaces
  --windows              quote the command line for Windows (the default when run on Windows)
  --force                replace a credential_process that is not mfa-session's
  --dry-run              print the diff, change nothing
  -h, --help             show this help

Examples:
  mfa-session configure --profile dev --source-profile dev-keys --mfa-serial arn:aws:iam::123456789012:mfa/alice
  mfa-session configure --profile prod-admin --source-profile dev-keys --role-arn arn:aws:iam::210987654321:role/Admin
  mfa-session configure --profile dev --source-profile dev-keys --dry-run
`;

export interface ConfigureCommandOptions {
  /** process.argv[1] and process.execPath by default: where credential_process finds this CLI. */
  script?: string | undefined;
  execPath?: string;
  /** process.platform by default: whose quoting rules the credential_process line follows. */
  platform?: NodeJS.Platform;
  /** The machine as resolveCliCommand sees it, for tests. */
  system?: Partial<CliCommandSystem>;
}

export function createConfigureCommand(options: ConfigureCommandOptions = {}): Command {
  return {
    summary: "write a credential_process profile into ~/.aws/config (with backup and --dry-run)",
    help,
    async run(argv: string[], io: CliIo) {
      const { values } = parseCommandArgs("configure", argv, {
        profile: { type: "string" },
        "source-profile": { type: "string" },
        "mfa-serial": { type: "string" },
        "role-arn": { type: "string" },
        command: { type: "string" },
        windows: { type: "boolean" },
        force: { type: "boolean" },
        "dry-run": { type: "boolean" },
      });
      const profile = values.profile;
      const sourceProfile = values["source-profile"];
      if (!profile || !sourceProfile) throw new UsageError("configure: --profile NAME and --source-profile SRC are required. Run `mfa-session configure --help` for usage.");
      const self = values.command
        ? { words: splitCommandWords(values.command), warnings: [] }
        : await getSelfCommand({
          env: io.env, script: options.script ?? process.argv[1], execPath: options.execPath ?? process.execPath, platform: options.platform ?? process.platform,
          ...(options.system ? { system: options.system } : {}),
        });
      for (const warning of self.warnings) io.stderr.write(formatWarning(warning));
      const plan = await planProfileEdit({
        profile, sourceProfile,
        command: self.words,
        platform: values.windows ? "windows" : getCommandLinePlatform(options.platform ?? process.platform),
        ...(values["mfa-serial"] !== undefined ? { mfaSerial: values["mfa-serial"] } : {}),
        ...(values["role-arn"] !== undefined ? { roleArn: values["role-arn"] } : {}),
        ...(values.force ? { force: true } : {}),
      }, { env: io.env, homedir: getHomedir(io) });
      for (const warning of plan.warnings) io.stderr.write(formatWarning(warning));
      if (values["dry-run"]) {
        io.stdout.write(plan.changed ? plan.diff : `${plan.configFile}: already up to date.\n`);
        return EXIT_OK;
      }
      // write() plans again under the file's lock, against the file as it is then: what other programs
      // wrote meanwhile is kept and only this profile's keys change (no diff was shown, so no warning).
      const written = plan.changed ? await plan.write() : undefined;
      if (!written?.changed) {
        io.stdout.write(`Profile ${profile} in ${plan.configFile} is already up to date.\n`);
        return EXIT_OK;
      }
      io.stdout.write(`Wrote profile ${profile} to ${plan.configFile}${written.backupPath ? ` (previous version: ${written.backupPath})` : ""}.\n`);
      io.stdout.write(`Try it: aws sts get-caller-identity --profile ${profile}\n`);
      return EXIT_OK;
    },
  };
}

export const configureCommand = createConfigureCommand();

/** --command "\"C:\\Program Files\\nodejs\\node.exe\" C:\\tools\\mfa-session.js": words split on spaces outside double quotes. */
export function splitCommandWords(text: string): string[] {
  return [...text.matchAll(/"([^"]*)"|(\S+)/g)].map((match) => match[1] ?? match[2]!);
}
