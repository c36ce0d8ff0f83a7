// The CLI's words for what would fix an error (core's ErrorHint): the flag or command to run in
// the terminal. main.ts puts them after the problem; a hint not listed keeps core's neutral words.
import type { ErrorHint } from "@mfa-session/core";

export function wordNextStep(hint: ErrorHint): string | undefined {
  switch (hint.kind) {
    case "device-name-taken":
      return "choose another --name (or --path), or remove the old one with `mfa-session device delete --serial ARN`";
    case "device-already-enabled":
      return "deactivate it first with `mfa-session device deactivate`, or pick an unassigned device from `mfa-session device list --assignment-status Unassigned`";
    case "device-still-enabled":
      return "deactivate it first, or pass --force";
    case "device-not-found":
      return "check the serial (ARN) and user name with `mfa-session device list`";
    case "device-quota":
      return "delete unused ones (`mfa-session device list --assignment-status Unassigned`) or ask AWS for a higher quota";
    case "remove-device":
      return `remove it with \`mfa-session device delete --serial ${hint.serialNumber} --force\``;
    case "not-an-iam-user":
      return "device setup is for IAM users; an administrator can use `mfa-session device create` and `device enable --user NAME`";
    case "replace-credential-process":
      return "run again with --force to replace it";
    case "give-mfa-serial":
      return "pass --mfa-serial arn:aws:iam::ACCOUNT:mfa/NAME (see `mfa-session device list`)";
    case "unsafe-command-word":
      return "install mfa-session somewhere without quotes, $ or backslashes in the path, or pass --command";
    case "fresh-code":
      return "a code given up front (--token-code or mfa_process) cannot be asked for again; run again with the code your authenticator shows now";
    case "no-code-source":
      return `run \`mfa-session login --profile ${hint.profile}\` in a terminal, or set mfa_process`;
    case "add-mfa-serial":
      return `add mfa_serial = <your MFA device ARN> to the profile, or run \`mfa-session device setup --profile ${hint.sourceProfile}\` to create one`;
    default:
      return undefined;
  }
}
