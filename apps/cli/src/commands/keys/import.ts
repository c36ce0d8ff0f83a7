// `mfa-session keys import --profile P`: core's importKeysToKeychain, and what it did in words.
import { importKeysToKeychain } from "@mfa-session/core";
import { getHomedir } from "../../getHomedir.js";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { parseCommandArgs } from "../../parseCommandArgs.js";
import { keysSubcommandHelp } from "./keysHelp.js";
import { requireProfile } from "./requireProfile.js";

export const keysImportCommand: Command = {
  summary: "move a profile's keys from ~/.aws/credentials into the OS keychain",
  help: keysSubcommandHelp.import,
  async run(argv: string[], io: CliIo) {
    const { values } = parseCommandArgs("keys import", argv, { profile: { type: "string" } });
    const profile = requireProfile("import", values.profile);
    const result = await importKeysToKeychain({ env: io.env, homedir: getHomedir(io), profile });
    const lines = [
      `Profile ${profile}: keys moved into the OS keychain (service mfa-session, account ${profile}).`,
      `Recorded mfa_session_key_store = keychain in ${result.configFile}; removed the key lines from ${result.keysFile}.`,
    ];
    if (result.backupPath !== undefined) {
      lines.push(`The previous version, ${result.backupPath}, still holds the keys: delete it once the profile works.`);
    }
    io.stdout.write(`${lines.join("\n")}\n`);
    return EXIT_OK;
  },
};
