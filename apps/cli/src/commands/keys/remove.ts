// `mfa-session keys remove --profile P`: core's removeKeysFromKeychain, and what it did in words.
import { removeKeysFromKeychain } from "@mfa-session/core";
import { getHomedir } from "../../getHomedir.js";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { parseCommandArgs } from "../../parseCommandArgs.js";
import { keysSubcommandHelp } from "./keysHelp.js";
import { requireProfile } from "./requireProfile.js";

export const keysRemoveCommand: Command = {
  summary: "delete a profile's keys from the OS keychain",
  help: keysSubcommandHelp.remove,
  async run(argv: string[], io: CliIo) {
    const { values } = parseCommandArgs("keys remove", argv, { profile: { type: "string" } });
    const profile = requireProfile("remove", values.profile);
    const result = await removeKeysFromKeychain({ env: io.env, homedir: getHomedir(io), profile });
    const what = result.deleted ? `keys deleted from the OS keychain` : `the OS keychain had no keys for it`;
    const config = result.configChanged ? `; removed mfa_session_key_store from ${result.configFile}` : "";
    io.stdout.write(`Profile ${profile}: ${what}${config}. It needs keys again before its next sign-in (keys add, or aws configure --profile ${profile}).\n`);
    return EXIT_OK;
  },
};
