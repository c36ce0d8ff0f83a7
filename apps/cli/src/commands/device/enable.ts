// `mfa-session device enable` and `device resync`: two consecutive codes, from the command line,
// a seed file, or the terminal.
import { enableMfaDevice, resyncMfaDevice, UsageError } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { parseCommandArgs } from "../../parseCommandArgs.js";
import { connectDeviceAws } from "./connectDeviceAws.js";
import { checkCodeInputs, CODE_OPTIONS, readCodePair } from "./readCodePair.js";
import { deviceSubcommandHelp } from "./deviceHelp.js";

function createCodesCommand(verb: "enable" | "resync"): Command {
  return {
    summary: verb === "enable" ? "enable a device for a user with two consecutive codes" : "resynchronise a device whose clock drifted",
    help: deviceSubcommandHelp[verb],
    async run(argv: string[], io: CliIo): Promise<number> {
      const { values } = parseCommandArgs(`device ${verb}`, argv, {
        user: { type: "string" },
        serial: { type: "string" },
        profile: { type: "string" },
        ...CODE_OPTIONS,
      });
      if (!values.user || !values.serial) throw new UsageError(`device ${verb}: --user U and --serial ARN are required. Run \`mfa-session device ${verb} --help\` for usage.`);
      const subject = `MFA device ${values.serial}`;
      checkCodeInputs(values, subject);
      const aws = await connectDeviceAws(io, { profile: values.profile });
      const codes = await readCodePair(io, values, subject);
      const run = verb === "enable" ? enableMfaDevice : resyncMfaDevice;
      await run({ iam: aws.iam, endpoint: aws.endpoint, userName: values.user, serialNumber: values.serial, ...codes });
      io.stderr.write(verb === "enable" ? `Enabled ${values.serial} for user ${values.user}.\n` : `Resynchronised ${values.serial} of user ${values.user}.\n`);
      return EXIT_OK;
    },
  };
}

export const deviceEnableCommand = createCodesCommand("enable");
export const deviceResyncCommand = createCodesCommand("resync");
