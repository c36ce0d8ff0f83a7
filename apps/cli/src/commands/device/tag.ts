// `mfa-session device tag` and `device untag`.
import { parseTags, tagMfaDevice, untagMfaDevice, UsageError } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { parseCommandArgs } from "../../parseCommandArgs.js";
import { connectDeviceAws } from "./connectDeviceAws.js";
import { deviceSubcommandHelp } from "./deviceHelp.js";

export const deviceTagCommand: Command = {
  summary: "add tags to a virtual device",
  help: deviceSubcommandHelp.tag,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs("device tag", argv, { serial: { type: "string" }, tag: { type: "string", multiple: true }, profile: { type: "string" } });
    if (!values.serial) throw new UsageError("device tag: --serial ARN is required. Run `mfa-session device tag --help` for usage.");
    const tags = parseTags(values.tag ?? []);
    const aws = await connectDeviceAws(io, { profile: values.profile });
    await tagMfaDevice({ iam: aws.iam, endpoint: aws.endpoint, serialNumber: values.serial, tags });
    io.stderr.write(`Tagged ${values.serial}.\n`);
    return EXIT_OK;
  },
};

export const deviceUntagCommand: Command = {
  summary: "remove tags from a virtual device",
  help: deviceSubcommandHelp.untag,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs("device untag", argv, { serial: { type: "string" }, key: { type: "string", multiple: true }, profile: { type: "string" } });
    if (!values.serial) throw new UsageError("device untag: --serial ARN is required. Run `mfa-session device untag --help` for usage.");
    const aws = await connectDeviceAws(io, { profile: values.profile });
    await untagMfaDevice({ iam: aws.iam, endpoint: aws.endpoint, serialNumber: values.serial, tagKeys: values.key ?? [] });
    io.stderr.write(`Removed ${values.key?.length ?? 0} tag(s) from ${values.serial}.\n`);
    return EXIT_OK;
  },
};
