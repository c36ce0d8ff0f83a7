// `mfa-session keys add --profile P`: asks for the key pair with echo off (or reads it from stdin),
// then core's addKeysToKeychain.
import { addKeysToKeychain } from "@mfa-session/core";
import { getHomedir } from "../../getHomedir.js";
import { EXIT_OK, type CliIo, type Command } from "../../io.js";
import { parseCommandArgs } from "../../parseCommandArgs.js";
import { askKeyPairOnTerminal, readKeyPairFromStream } from "./askKeyPair.js";
import { keysSubcommandHelp } from "./keysHelp.js";
import { requireProfile } from "./requireProfile.js";

export const keysAddCommand: Command = {
  summary: "store a profile's keys in the OS keychain (asked on the terminal)",
  help: keysSubcommandHelp.add,
  async run(argv: string[], io: CliIo) {
    const { values } = parseCommandArgs("keys add", argv, { profile: { type: "string" }, stdin: { type: "boolean" } });
    const profile = requireProfile("add", values.profile);
    const keys = values.stdin ? await readKeyPairFromStream(process.stdin, profile) : await askKeyPairOnTerminal(profile);
    const result = await addKeysToKeychain(keys, { env: io.env, homedir: getHomedir(io), profile });
    const lines = [`Profile ${profile}: keys stored in the OS keychain (service mfa-session, account ${profile}); recorded in ${result.configFile}.`];
    if (result.keysStillIn !== undefined) {
      lines.push(`${result.keysStillIn} still holds key lines for ${profile} (other AWS tools use those); remove them by hand, or run "mfa-session keys import --profile ${profile}" to move those instead.`);
    }
    io.stdout.write(`${lines.join("\n")}\n`);
    return EXIT_OK;
  },
};
