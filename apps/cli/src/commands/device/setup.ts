// `mfa-session device setup`: the console's MFA wizard in one command for the calling user. The QR
// code and prompts use the terminal; mfa_serial is recorded in the profile by core's recordMfaSerial
// (the extension's set-up calls it too). Any failure (Ctrl-C included) removes the new device again.
import { resolve } from "node:path";
import { parseTags, recordMfaSerial, setupVirtualMfaDevice, UsageError, UserCancelledError } from "@mfa-session/core";
import { getHomedir } from "../../getHomedir.js";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { parseCommandArgs } from "../../parseCommandArgs.js";
import { connectDeviceAws } from "./connectDeviceAws.js";
import { parseBootstrapMethod } from "./create.js";
import { openDeviceTerminal, renderTerminalQr, type DeviceTerminal } from "./deviceTerminal.js";
import { askCodePair } from "./readCodePair.js";
import { assertWritable, writeSecretFile } from "./writeSecretFile.js";
import { deviceSubcommandHelp } from "./deviceHelp.js";

export interface DeviceSetupCommandOptions {
  /** The person's terminal (default /dev/tty); the demo passes one that answers from the seed. */
  openTerminal?: () => DeviceTerminal;
}

export const deviceSetupCommand = createDeviceSetupCommand();

export function createDeviceSetupCommand(options: DeviceSetupCommandOptions = {}): Command {
  return {
    summary: "set up a virtual MFA device for yourself (QR, two codes, mfa_serial)",
    help: deviceSubcommandHelp.setup,
    async run(argv: string[], io: CliIo): Promise<number> {
      const { values } = parseCommandArgs("device setup", argv, {
        profile: { type: "string" }, name: { type: "string" }, path: { type: "string" }, tag: { type: "string", multiple: true },
        outfile: { type: "string" }, "bootstrap-method": { type: "string" }, force: { type: "boolean" }, "skip-config": { type: "boolean" },
      });
      if (values["bootstrap-method"] !== undefined && values.outfile === undefined) throw new UsageError("device setup: --bootstrap-method chooses what --outfile holds; add --outfile FILE.");
      const method = parseBootstrapMethod(values["bootstrap-method"]);
      const tags = parseTags(values.tag ?? []);
      const outfile = values.outfile === undefined ? undefined : resolve(io.cwd, values.outfile);
      if (outfile) await assertWritable(outfile, { force: values.force === true });
      // The terminal first: without one there is no point creating a device.
      const terminal = (options.openTerminal ?? openDeviceTerminal)();
      const onSigint = () => terminal.cancel();
      process.on("SIGINT", onSigint);
      const checkCancelled = () => { if (terminal.cancelled.aborted) throw new UserCancelledError("Cancelled."); };
      try {
        const aws = await connectDeviceAws(io, { profile: values.profile, longTermKeys: true });
        const profileName = aws.profile.name;
        const result = await setupVirtualMfaDevice({
          iam: aws.iam, sts: aws.sts, endpoint: aws.endpoint,
          deviceName: values.name, path: values.path, tags,
          onStep: (message) => io.stderr.write(`${message}\n`),
          createSessionIam: (credentials) => aws.iamFor(credentials),
          async present(device) {
            checkCancelled();
            if (outfile) {
              await writeSecretFile(outfile, method === "QRCodePNG" && device.qrCodePng.length > 0 ? device.qrCodePng : `${device.base32StringSeed}\n`, { force: values.force === true });
              io.stderr.write(`Saved the ${method === "QRCodePNG" ? "QR code" : "seed"} to ${outfile} (mode 0600).\n`);
            }
            terminal.write(`\n${await renderTerminalQr(device.otpauthUri)}\n`);
            terminal.write(`Scan this QR code with your authenticator app (device ${device.serialNumber}).\n`);
            checkCancelled();
          },
          readCodes: (device) => askCodePair(terminal, `MFA device ${device.serialNumber}`, device.base32StringSeed),
          ...(values["skip-config"] ? {} : { saveMfaSerial: (serial: string) => saveMfaSerial(io, profileName, serial) }),
        });
        io.stdout.write(`${result.serialNumber}\n`);
        io.stderr.write(`MFA device ${result.serialNumber} is enabled for ${result.userName}.\n`);
        return EXIT_OK;
      } finally {
        process.off("SIGINT", onSigint);
        terminal.close();
      }
    },
  };
}

async function saveMfaSerial(io: CliIo, profile: string, serialNumber: string): Promise<void> {
  const result = await recordMfaSerial({ env: io.env, homedir: getHomedir(io), profile, serialNumber });
  if (!result.changed) return;
  io.stderr.write(`Wrote mfa_serial = ${serialNumber} to [${result.section}] in ${result.configFile}${result.backupPath ? ` (previous version: ${result.backupPath})` : ""}.\n`);
}
