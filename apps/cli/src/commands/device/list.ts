// `mfa-session device list` and `device get`: tables for people, --json for scripts.
import {
  getMfaDevice, listMfaDevices, listMfaDeviceTags, listVirtualMfaDevices, NoSuchEntityError, UsageError,
  type AssignmentStatus, type MfaDeviceSummary,
} from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { parseCommandArgs } from "../../parseCommandArgs.js";
import { connectDeviceAws } from "./connectDeviceAws.js";
import { deviceSubcommandHelp } from "./deviceHelp.js";

function parseStatus(value: string | undefined): AssignmentStatus {
  if (value === undefined) return "Any";
  if (value === "Assigned" || value === "Unassigned" || value === "Any") return value;
  throw new UsageError(`--assignment-status must be Assigned, Unassigned or Any (got "${value}").`);
}

function toJson(device: MfaDeviceSummary) {
  return {
    SerialNumber: device.serialNumber,
    UserName: device.userName ?? null,
    EnableDate: device.enableDate?.toISOString() ?? null,
    ...(device.tags ? { Tags: device.tags } : {}),
  };
}

export function formatDeviceTable(devices: readonly MfaDeviceSummary[]): string {
  if (devices.length === 0) return "No MFA devices.\n";
  const rows = [["SERIAL", "USER", "ENABLED", "TAGS"], ...devices.map((d) => [
    d.serialNumber,
    d.userName ?? "-",
    d.enableDate ? d.enableDate.toISOString().replace(/\.\d{3}Z$/, "Z") : "-",
    d.tags ? Object.entries(d.tags).map(([k, v]) => `${k}=${v}`).join(",") : "",
  ])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd()).join("\n") + "\n";
}

export const deviceListCommand: Command = {
  summary: "list a user's MFA devices, or the account's virtual devices",
  help: deviceSubcommandHelp.list,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs("device list", argv, {
      user: { type: "string" }, "assignment-status": { type: "string" }, json: { type: "boolean" }, profile: { type: "string" },
    });
    const status = parseStatus(values["assignment-status"]);
    if (values.user && values["assignment-status"]) throw new UsageError("device list: --assignment-status applies to the account's virtual devices; leave it out with --user.");
    const aws = await connectDeviceAws(io, { profile: values.profile });
    const devices = values.user
      ? await listMfaDevices({ iam: aws.iam, endpoint: aws.endpoint, userName: values.user })
      : await listVirtualMfaDevices({ iam: aws.iam, endpoint: aws.endpoint, assignmentStatus: status });
    io.stdout.write(values.json ? `${JSON.stringify(devices.map(toJson), null, 2)}\n` : formatDeviceTable(devices));
    return EXIT_OK;
  },
};

export const deviceGetCommand: Command = {
  summary: "show one device",
  help: deviceSubcommandHelp.get,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs("device get", argv, { serial: { type: "string" }, user: { type: "string" }, json: { type: "boolean" }, profile: { type: "string" } });
    if (!values.serial) throw new UsageError("device get: --serial ARN is required. Run `mfa-session device get --help` for usage.");
    const aws = await connectDeviceAws(io, { profile: values.profile });
    const options = { iam: aws.iam, endpoint: aws.endpoint, serialNumber: values.serial };
    let device: MfaDeviceSummary;
    try {
      device = await getMfaDevice({ ...options, userName: values.user });
    } catch (error) {
      // GetMFADevice knows only devices assigned to --user (default: the caller); other virtual
      // devices, assigned or not, are found in the account's list.
      if (!(error instanceof NoSuchEntityError)) throw error;
      const found = (await listVirtualMfaDevices({ iam: aws.iam, endpoint: aws.endpoint, assignmentStatus: "Any" })).find((d) => d.serialNumber === values.serial);
      if (!found) throw error;
      device = found;
    }
    const tags = values.serial.includes(":mfa/") ? await listMfaDeviceTags(options) : {};
    const full = { ...device, ...(Object.keys(tags).length > 0 ? { tags } : { tags: undefined }) };
    io.stdout.write(values.json ? `${JSON.stringify(toJson(full), null, 2)}\n` : formatDeviceTable([full]));
    return EXIT_OK;
  },
};
