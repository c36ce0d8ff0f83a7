// Reads a seed file for `totp` and for `device enable/resync --seed-file`; core's parseSeedText
// turns its text into the Base32 seed without ever echoing it.
import { readFile } from "node:fs/promises";
import { parseSeedText, MfaSessionError } from "@mfa-session/core";

export async function readSeedFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new MfaSessionError(`Seed file ${path}: cannot be read (${code}); check the path, or pass the file written by \`mfa-session device create --bootstrap-method Base32StringSeed\`.`, "CONFIG_INVALID", { cause: error });
  }
  return parseSeedText(text, path);
}
