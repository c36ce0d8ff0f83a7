// `mfa-session totp --seed-file F`: the current code for a Base32 seed (or otpauth:// URI) file,
// for admins who hold seeds. The code goes to stdout only; the seed is never printed.
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { ConfigError, UsageError, decodeBase32, generateTotp, getSecondsUntilNextCode, parseOtpauthUri, systemClock } from "@mfa-session/core";
import { EXIT_OK, type CliIo, type Command } from "../io.js";
import { parseCommandArgs } from "../parseCommandArgs.js";

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
    const seed = parseSeed(await readSeedFile(path), path);
    const now = systemClock.now();
    const info = await stat(path);
    if ((info.mode & 0o077) !== 0 && process.platform !== "win32") {
      io.stderr.write(`mfa-session: warning: ${path} is readable by other users; run \`chmod 600 ${path}\`.\n`);
    }
    io.stdout.write(`${generateTotp(seed, { timeMs: now })}\n`);
    if (values["seconds-left"]) io.stderr.write(`valid for ${getSecondsUntilNextCode(now)} more seconds\n`);
    return EXIT_OK;
  },
};

async function readSeedFile(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new ConfigError(`Seed file ${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"}); check the path.`, { cause: error });
  }
}

/** The Base32 seed from a file's text; the text itself never appears in an error. */
export function parseSeed(text: string, path: string): string {
  const trimmed = text.trim();
  let seed = trimmed;
  if (trimmed.startsWith("otpauth://")) {
    const parsed = parseOtpauthUri(trimmed);
    if (!parsed) throw new ConfigError(`Seed file ${path}: not a valid otpauth:// URI; put the Base32 seed alone in the file.`);
    seed = parsed.seedBase32;
  }
  seed = seed.replace(/[\s-]/g, "").replace(/=+$/, "").toUpperCase();
  let bytes: Buffer | undefined;
  try {
    bytes = decodeBase32(seed);
  } catch {
    bytes = undefined;
  }
  if (!seed || !bytes || bytes.length < 10) {
    throw new ConfigError(`Seed file ${path}: does not hold a Base32 seed (letters A-Z and digits 2-7, at least 16 characters).`);
  }
  return seed;
}
