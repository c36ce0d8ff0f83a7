// `mfa-session device create`: a new virtual MFA device; its QR PNG or Base32 seed goes to
// --outfile (0600, never over an existing file without --force), optionally also as a QR on the terminal.
import { resolve } from "node:path";
import { createVirtualMfaDevice, formatOtpauthUri, parseTags, UsageError, type BootstrapMethod } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { parseCommandArgs } from "../../parseCommandArgs.js";
import { connectDeviceAws } from "./connectDeviceAws.js";
import { openDeviceTerminal, renderTerminalQr } from "./deviceTerminal.js";
import { assertWritable, writeSecretFile } from "./writeSecretFile.js";
import { deviceSubcommandHelp } from "./deviceHelp.js";

export function parseBootstrapMethod(value: string | undefined): BootstrapMethod {
  if (value === undefined || value === "QRCodePNG" || value === "Base32StringSeed") return value ?? "QRCodePNG";
  throw new UsageError(`--bootstrap-method must be QRCodePNG or Base32StringSeed (got "${value}").`);
}

export const deviceCreateCommand: Command = {
  summary: "create a virtual MFA device and save its QR code or seed",
  help: deviceSubcommandHelp.create,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs("device create", argv, {
      name: { type: "string" },
      path: { type: "string" },
      tag: { type: "string", multiple: true },
      "bootstrap-method": { type: "string" },
      outfile: { type: "string" },
      "qr-terminal": { type: "boolean" },
      force: { type: "boolean" },
      profile: { type: "string" },
    });
    if (!values.name || !values.outfile) {
      throw new UsageError("device create: --name NAME and --outfile FILE are required (the seed is shown only once, so it must be saved). Run `mfa-session device create --help` for usage.");
    }
    const method = parseBootstrapMethod(values["bootstrap-method"]);
    const tags = parseTags(values.tag ?? []);
    // "--outfile -" is the explicit request to print the secret: stdout then carries it alone.
    const toStdout = values.outfile === "-";
    const outfile = resolve(io.cwd, values.outfile);
    if (!toStdout) await assertWritable(outfile, { force: values.force === true });
    const aws = await connectDeviceAws(io, { profile: values.profile });
    const device = await createVirtualMfaDevice({ iam: aws.iam, endpoint: aws.endpoint, name: values.name, path: values.path, tags });
    const data = method === "QRCodePNG" ? device.qrCodePng : `${device.base32StringSeed}\n`;
    if (toStdout) {
      io.stdout.write(data);
      io.stderr.write(`Created ${device.serialNumber}; its ${method === "QRCodePNG" ? "QR code (PNG)" : "Base32 seed"} went to stdout as asked. Keep it secret.\n`);
      return EXIT_OK;
    }
    try {
      await writeSecretFile(outfile, data, { force: values.force === true });
    } catch (error) {
      io.stderr.write(`mfa-session: the device ${device.serialNumber} was created but its ${method} could not be saved; delete it with \`mfa-session device delete --serial ${device.serialNumber}\` and create it again.\n`);
      throw error;
    }
    if (values["qr-terminal"]) {
      const account = /^arn:[\w-]+:iam::(\d+):/.exec(device.serialNumber)?.[1] ?? "";
      const uri = formatOtpauthUri({ seedBase32: device.base32StringSeed, accountName: `${values.name}@${account}`, issuer: "Amazon Web Services" });
      const terminal = openDeviceTerminal();
      try {
        terminal.write(`${await renderTerminalQr(uri)}\nScan this QR code with your authenticator app.\n`);
      } finally {
        terminal.close();
      }
    }
    io.stderr.write(`Created ${device.serialNumber}; its ${method === "QRCodePNG" ? "QR code (PNG)" : "Base32 seed"} is in ${outfile} (mode 0600). Keep it secret.\n`);
    io.stdout.write(`${device.serialNumber}\n`);
    return EXIT_OK;
  },
};
