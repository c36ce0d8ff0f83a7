// `mfa-session keys <subcommand>`: long-term access keys in the OS keychain. Each subcommand is
// imported on demand, like the top-level commands; loadKeysCommand also learns the help of the
// subcommands that keep their own (rotate), since --help is answered without running them.
import { UsageError } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { keysSubcommandHelp } from "./keysHelp.js";

const subcommands: Record<string, () => Promise<Command>> = {
  import: () => import("./import.js").then((m) => m.keysImportCommand),
  add: () => import("./add.js").then((m) => m.keysAddCommand),
  list: () => import("./list.js").then((m) => m.keysListCommand),
  remove: () => import("./remove.js").then((m) => m.keysRemoveCommand),
  rotate: () => import("./rotate.js").then((m) => m.keysRotateCommand),
};

const help = `Usage: mfa-session keys <subcommand> [options]

Long-term access keys in the OS keychain (macOS Keychain, Windows Credential Manager, the Secret
Service on Linux) instead of ~/.aws/credentials: service mfa-session, account = profile name. A
profile whose keys are there has mfa_session_key_store = keychain in the config file; a sign-in
reads the keychain, a cached session never does. \`mfa-session keys <subcommand> --help\` shows one
subcommand's options. See docs/keychain.md.

  import       move a profile's keys from ~/.aws/credentials into the keychain
  add          store keys for a profile (asked on the terminal, typing hidden)
  list         profiles and key IDs in the keychain (never a secret)
  remove       delete a profile's keys from the keychain
  rotate       replace a profile's access key with a new one (keychain or ~/.aws/credentials)

  mfa-session keys import --profile P
  mfa-session keys add --profile P [--stdin]
  mfa-session keys list [--json]
  mfa-session keys remove --profile P
  mfa-session keys rotate --profile P

Examples:
  mfa-session keys import --profile dev-keys
  mfa-session keys list
`;

function createKeysCommand(extraHelp: Record<string, string>): Command {
  const isSubcommand = (name: string | undefined): name is string => name !== undefined && Object.hasOwn(subcommands, name);
  const getHelp = (argv: readonly string[]): string => {
    const [first, second] = argv;
    const name = first === "help" ? second : first;
    if (name !== undefined && Object.hasOwn(keysSubcommandHelp, name)) return keysSubcommandHelp[name as keyof typeof keysSubcommandHelp];
    return name !== undefined && Object.hasOwn(extraHelp, name) ? extraHelp[name]! : help;
  };
  return {
    summary: "keep long-term access keys in the OS keychain (import, add, list, remove) and rotate them",
    help,
    getHelp,
    async run(argv: string[], io: CliIo): Promise<number> {
      const [name, ...rest] = argv;
      if (name === undefined || name === "help") {
        io.stdout.write(getHelp(argv));
        return EXIT_OK;
      }
      if (!isSubcommand(name)) throw new UsageError(`Unknown keys subcommand "${name}". Run \`mfa-session keys --help\` to see them.`);
      return (await subcommands[name]!()).run(rest, io);
    },
  };
}

export async function loadKeysCommand(): Promise<Command> {
  return createKeysCommand({ rotate: (await subcommands.rotate!()).help });
}
