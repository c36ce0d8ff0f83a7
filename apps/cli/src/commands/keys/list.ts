// `mfa-session keys list`: the keychain's mfa-session entries, profile and key ID, never a secret.
import { createKeyringStore } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { parseCommandArgs } from "../../parseCommandArgs.js";
import { keysSubcommandHelp } from "./keysHelp.js";

export const keysListCommand: Command = {
  summary: "profiles whose keys are in the OS keychain, with their key IDs",
  help: keysSubcommandHelp.list,
  async run(argv: string[], io: CliIo) {
    const { values } = parseCommandArgs("keys list", argv, { json: { type: "boolean" } });
    const entries = await createKeyringStore().list();
    if (values.json) {
      io.stdout.write(`${JSON.stringify(entries.map(({ profile, accessKeyId }) => ({ profile, accessKeyId })))}\n`);
    } else if (entries.length === 0) {
      io.stdout.write("No keys in the OS keychain (service mfa-session). Move some with `mfa-session keys import --profile P`.\n");
    } else {
      const width = Math.max(7, ...entries.map((entry) => entry.profile.length));
      io.stdout.write([`${"PROFILE".padEnd(width)}  ACCESS KEY ID`, ...entries.map((entry) => `${entry.profile.padEnd(width)}  ${entry.accessKeyId}`), ""].join("\n"));
    }
    return EXIT_OK;
  },
};
