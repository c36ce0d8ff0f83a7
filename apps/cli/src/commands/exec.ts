// `mfa-session exec --profile P -- CMD ARGS...`: runs CMD with the session in its environment and
// passes its exit code through (128+N when a signal N ends it, as shells report it). On Windows the
// command is found through PATH and PATHEXT, and a .cmd or .bat (npx, npm, aws.cmd) runs through
// cmd.exe (resolveChildCommand).
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { MfaSessionError, UsageError, type GetCredentialsResult } from "@mfa-session/core";
import type { CliIo, Command } from "../io.js";
import { getEnvKey, getEnvValue } from "@mfa-session/core";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { resolveChildCommand, type ChildCommand } from "../resolveChildCommand.js";
import { getCliCredentials } from "../session/getCliCredentials.js";

const help = `Usage: mfa-session exec --profile PROFILE [--token-code CODE] -- COMMAND [ARGS...]

Runs COMMAND with AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN (and AWS_REGION
when the profile has one) set to the profile's MFA session. AWS_PROFILE is removed from the
child's environment so its SDK uses these variables. The exit code is COMMAND's.
On Windows COMMAND is looked up through PATH and PATHEXT; a .cmd or .bat (npx, npm, aws.cmd)
runs through cmd.exe, so an argument with % or a line break is refused for it.

Options:
  --profile PROFILE    the profile (required)
  --token-code CODE    the current 6-digit code instead of a prompt
  -h, --help           show this help

Examples:
  mfa-session exec --profile dev -- aws s3 ls
  mfa-session exec --profile dev -- terraform plan
  mfa-session exec --profile dev -- npx cdk deploy
`;

export const execCommand: Command = {
  summary: "run a command with the profile's session in its environment",
  help,
  async run(argv: string[], io: CliIo) {
    const split = argv.indexOf("--");
    if (split === -1) throw new UsageError("exec: put the command after --, e.g. `mfa-session exec --profile dev -- aws s3 ls`.");
    const { values } = parseCommandArgs("exec", argv.slice(0, split), {
      profile: { type: "string" },
      "token-code": { type: "string" },
    });
    const [command, ...args] = argv.slice(split + 1);
    if (!values.profile) throw new UsageError("exec: --profile PROFILE is required.");
    if (!command) throw new UsageError("exec: no command after --.");
    // Before the session: a command that cannot start must not cost an MFA code.
    const child = resolveChildCommand(command, args, { env: io.env });
    const result = await getCliCredentials(io, { profile: values.profile, tokenCode: values["token-code"] });
    return runChild(command, child, getChildEnv(io.env, result));
  },
};

const SESSION_VARIABLES = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_CREDENTIAL_EXPIRATION"];

export function getChildEnv(env: NodeJS.ProcessEnv, { credentials, profile }: GetCredentialsResult, platform: NodeJS.Platform = process.platform): NodeJS.ProcessEnv {
  const child: NodeJS.ProcessEnv = { ...env };
  // Windows names are case-insensitive: an `aws_profile` set from PowerShell is AWS_PROFILE there.
  for (const name of ["AWS_PROFILE", "AWS_DEFAULT_PROFILE", ...SESSION_VARIABLES]) {
    for (let key = getEnvKey(child, name, platform); key !== undefined; key = getEnvKey(child, name, platform)) delete child[key];
  }
  child.AWS_ACCESS_KEY_ID = credentials.accessKeyId;
  child.AWS_SECRET_ACCESS_KEY = credentials.secretAccessKey;
  child.AWS_SESSION_TOKEN = credentials.sessionToken;
  child.AWS_CREDENTIAL_EXPIRATION = credentials.expiration.toISOString().replace(/\.\d{3}Z$/, "Z");
  if (profile.region && !getEnvValue(child, "AWS_REGION", platform)) child.AWS_REGION = profile.region;
  if (profile.region && !getEnvValue(child, "AWS_DEFAULT_REGION", platform)) child.AWS_DEFAULT_REGION = profile.region;
  return child;
}

function runChild(command: string, { file, args, windowsVerbatimArguments }: ChildCommand, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: "inherit", windowsVerbatimArguments });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    const handlers = (["SIGINT", "SIGTERM", "SIGHUP"] as const).map((signal) => [signal, forward(signal)] as const);
    for (const [signal, handler] of handlers) process.on(signal, handler);
    const cleanup = () => { for (const [signal, handler] of handlers) process.off(signal, handler); };
    child.on("error", (error: NodeJS.ErrnoException) => {
      cleanup();
      reject(new MfaSessionError(`exec: could not run ${command} (${error.code ?? error.message}); check that it is installed and on PATH.`, "MFA_SESSION_ERROR", { cause: error }));
    });
    child.on("exit", (code, signal) => {
      cleanup();
      resolve(code ?? 128 + (signal ? (constants.signals[signal] ?? 1) : 1));
    });
  });
}
