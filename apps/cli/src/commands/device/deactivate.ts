// `mfa-session device deactivate` and `device delete`.
import { deactivateMfaDevice, deleteVirtualMfaDevice, UsageError } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { parseCommandArgs } from "../../parseCommandArgs.js";
import { connectDeviceAws } from "./connectDeviceAws.js";
import { deviceSubcommandHelp } from "./deviceHelp.js";

export const deviceDeactivateCommand: Command = {
  summary: "unassign a device from its user",
  help: deviceSubcommandHelp.deactivate,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs("device deactivate", argv, { user: { type: "string" }, serial: { type: "string" }, profile: { type: "string" } });
    if (!values.user || !values.serial) throw new UsageError("device deactivate: --user U and --serial ARN are required. Run `mfa-session device deactivate --help` for usage.");
    const aws = await connectDeviceAws(io, { profile: values.profile });
    await deactivateMfaDevice({ iam: aws.iam, endpoint: aws.endpoint, userName: values.user, serialNumber: values.serial });
    io.stderr.write(`Deactivated ${values.serial} for user ${values.user}.\n`);
    return EXIT_OK;
  },
};

export const deviceDeleteCommand: Command = {
  summary: "delete a virtual device",
  help: deviceSubcommandHelp.delete,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs("device delete", argv, { serial: { type: "string" }, force: { type: "boolean" }, profile: { type: "string" } });
    if (!values.serial) throw new UsageError("device delete: --serial ARN is required. Run `mfa-session device delete --help` for usage.");
    const aws = await connectDeviceAws(io, { profile: values.profile });
    const result = await deleteVirtualMfaDevice({ iam: aws.iam, endpoint: aws.endpoint, serialNumber: values.serial, force: values.force === true });
    if (result.deactivatedFrom) io.stderr.write(`Deactivated ${values.serial} for user ${result.deactivatedFrom} first (--force).\n`);
    io.stderr.write(`Deleted ${values.serial}.\n`);
    return EXIT_OK;
  },
};
