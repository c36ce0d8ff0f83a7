// `mfa-session totp --seed-file F`: the current code for a Base32 seed (or otpauth:// URI) file,
// for admins who hold seeds. The code goes to stdout only; the seed is never printed.
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { UsageError, generateTotp, getSecondsUntilNextCode, systemClock } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";
import { formatWarning } from "../session/formatWarning.js";
import { readSeedFile } from "./readSeedFile.js";

const help = `Usage: mfa-session totp --seed-file FILE [--seconds-left]

Prints the current 6-digit TOTP code for a virtual MFA device's Base32 seed (as written by
\`mfa-session device setup\`, or an otpauth:// URI). For admins holding seeds and for scripts:
mfa_process = mfa-session totp --seed-file ~/.aws/mfa-session/seeds/dev.seed

Options:
  --seed-file FILE   file holding the Base32 seed (or an otpauth:// URI)
  --seconds-left     also print, on stderr, how many seconds the code stays valid
  -h, --help         show this help

Examples:
  mfa-session totp --seed-file ./alice.seed
  oathtool --totp -b "$(cat ./alice.seed)"     # the same code
`;

export const totpCommand: Command = {
  summary: "print the current code for a Base32 seed file",
  help,
  async run(argv: string[], io: CliIo) {
    const { values } = parseCommandArgs("totp", argv, {
      "seed-file": { type: "string" },
      "seconds-left": { type: "boolean" },
    });
    const file = values["seed-file"];
    if (!file) throw new UsageError("totp: --seed-file FILE is required. Run `mfa-session totp --help` for usage.");
    const path = resolve(io.cwd, file);
    const seed = await readSeedFile(path);
    const now = systemClock.now();
    const info = await stat(path);
    if ((info.mode & 0o077) !== 0 && process.platform !== "win32") {
      io.stderr.write(formatWarning(`${path} is readable by other users; run \`chmod 600 ${path}\`.`));
    }
    io.stdout.write(`${generateTotp(seed, { timeMs: now })}\n`);
    if (values["seconds-left"]) io.stderr.write(`valid for ${getSecondsUntilNextCode(now)} more seconds\n`);
    return EXIT_OK;
  },
};
