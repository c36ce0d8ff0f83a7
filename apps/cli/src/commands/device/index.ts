// `mfa-session device <subcommand>`: the virtual MFA device lifecycle. Each subcommand is imported
// on demand, like the top-level commands.
import { UsageError } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { deviceSubcommandHelp, type DeviceSubcommandName } from "./deviceHelp.js";

const subcommands: Record<DeviceSubcommandName, () => Promise<Command>> = {
  create: () => import("./create.js").then((m) => m.deviceCreateCommand),
  enable: () => import("./enable.js").then((m) => m.deviceEnableCommand),
  resync: () => import("./enable.js").then((m) => m.deviceResyncCommand),
  deactivate: () => import("./deactivate.js").then((m) => m.deviceDeactivateCommand),
  delete: () => import("./deactivate.js").then((m) => m.deviceDeleteCommand),
  list: () => import("./list.js").then((m) => m.deviceListCommand),
  get: () => import("./list.js").then((m) => m.deviceGetCommand),
  tag: () => import("./tag.js").then((m) => m.deviceTagCommand),
  untag: () => import("./tag.js").then((m) => m.deviceUntagCommand),
  setup: () => import("./setup.js").then((m) => m.deviceSetupCommand),
  provision: () => import("./provision.js").then((m) => m.deviceProvisionCommand),
};

const help = `Usage: mfa-session device <subcommand> [options]

Virtual MFA devices in IAM. \`mfa-session device <subcommand> --help\` shows one subcommand's options
and an example. Every subcommand takes --profile P for your own (administrator)
credentials; an mfa-session profile works too, since IAM calls under an MFA policy need an MFA session.
Seeds and QR codes are written only to the files you name (mode 0600) or shown on the terminal,
never on stdout or stderr.

  setup        set up a device for yourself: QR on the terminal, two codes, mfa_serial in your profile
  create       create a device and save its QR code (PNG) or Base32 seed to --outfile
  enable       enable a device for a user with two consecutive codes
  resync       resynchronise a device whose clock drifted
  deactivate   unassign a device from its user
  delete       delete a device (--force deactivates it first)
  list         a user's devices, or the account's virtual devices by assignment status
  get          one device
  tag, untag   add or remove tags
  provision    bulk: a device for every user in a file, resumable

  mfa-session device setup [--profile P] [--name NAME] [--outfile FILE] [--skip-config]
  mfa-session device create --name NAME --outfile FILE [--bootstrap-method QRCodePNG|Base32StringSeed]
                            [--path /p/] [--tag KEY=VALUE ...] [--qr-terminal] [--force]
  mfa-session device enable --user U --serial ARN
                            [--authentication-code-1 C --authentication-code-2 C | --seed-file F]
  mfa-session device resync --user U --serial ARN (same code options)
  mfa-session device deactivate --user U --serial ARN
  mfa-session device delete --serial ARN [--force]
  mfa-session device list [--user U] [--assignment-status Assigned|Unassigned|Any] [--json]
  mfa-session device get --serial ARN [--user U] [--json]
  mfa-session device tag --serial ARN --tag KEY=VALUE [--tag ...]
  mfa-session device untag --serial ARN --key KEY [--key ...]
  mfa-session device provision --users-file FILE --out-dir DIR [--enable-with-seeds] [--path /p/]
                            [--concurrency N] [--json]

create --outfile - prints the PNG or seed on stdout instead, when you pipe it somewhere safe.
Without the code options, enable and resync ask on the terminal: the first code, then (after the
authenticator moves on) the next one. A seed file holds the Base32 seed or an otpauth:// URI.

Examples:
  mfa-session device setup --profile dev
  mfa-session device create --name alice --outfile alice.png --profile admin
  mfa-session device enable --user alice --serial arn:aws:iam::123456789012:mfa/alice --profile admin
  mfa-session device provision --users-file users.txt --out-dir ./mfa-out --profile admin
`;

export const DEVICE_SUBCOMMANDS = Object.keys(subcommands) as DeviceSubcommandName[];

function isDeviceSubcommand(name: string | undefined): name is DeviceSubcommandName {
  return name !== undefined && Object.hasOwn(subcommands, name);
}

/** The subcommand's own help when the line names one (`create --help`, `help create`), else the overview. */
function getDeviceHelp(argv: readonly string[]): string {
  const [first, second] = argv;
  const name = first === "help" ? second : first;
  return isDeviceSubcommand(name) ? deviceSubcommandHelp[name] : help;
}

export const deviceCommand: Command = {
  summary: "create, enable, list and remove virtual MFA devices (setup, bulk provision)",
  help,
  getHelp: getDeviceHelp,
  async run(argv: string[], io: CliIo): Promise<number> {
    const [name, ...rest] = argv;
    if (name === undefined || name === "help") {
      io.stdout.write(getDeviceHelp(argv));
      return EXIT_OK;
    }
    const load = isDeviceSubcommand(name) ? subcommands[name] : undefined;
    if (!load) throw new UsageError(`Unknown device subcommand "${name}". Run \`mfa-session device --help\` to see them.`);
    return (await load()).run(rest, io);
  },
};
