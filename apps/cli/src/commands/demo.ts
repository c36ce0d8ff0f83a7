// `mfa-session demo`: the offline tour (see demo/runDemo.ts). Needs no AWS account and writes only
// to a temp folder that it removes at the end.
import { findOnPath } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";

const help = `Usage: mfa-session demo [--no-aws-cli]

The five-minute tour, offline, in under a minute: starts a local sandbox (IAM + STS + EC2 with real
MFA checks), creates a user whose keys are useless without MFA, and walks the real flow:

  1. device setup    a virtual MFA device: QR code, two consecutive codes, enabled
  2. configure       a credential_process profile in a throw-away AWS config
  3. the AWS CLI     (or the AWS SDK for JavaScript) through the profile: one code, then the cache;
                     the long-term keys alone are refused
  4. two roles       assumed from the one MFA session, no new code
  5. status, logout  and cleanup of everything it started

Because it is a demo, it computes the MFA codes from the sandbox's copy of the seed and says so.
Nothing touches AWS or your ~/.aws.

Options:
  --no-aws-cli   use the AWS SDK for JavaScript even when the aws command is installed
  -h, --help     show this help

Example:
  mfa-session demo
`;

export const demoCommand: Command = {
  summary: "the offline tour: sandbox, device setup, credential_process, roles (under a minute)",
  help,
  async run(argv: string[], io: CliIo) {
    const { values } = parseCommandArgs("demo", argv, { "no-aws-cli": { type: "boolean" } });
    const { runDemo } = await import("../demo/runDemo.js");
    const script = process.argv[1];
    await runDemo({
      io,
      self: script ? [process.execPath, script] : ["mfa-session"],
      awsCli: values["no-aws-cli"] ? undefined : findOnPath("aws", io.env),
    });
    return EXIT_OK;
  },
};
