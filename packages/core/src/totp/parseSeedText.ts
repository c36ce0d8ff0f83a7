// The text of a seed file: a Base32 seed (as `device create --bootstrap-method Base32StringSeed`
// writes it) or an otpauth:// URI. The text itself never appears in an error.
import { MfaSessionError } from "../errors/MfaSessionError.js";
import { decodeBase32 } from "./base32.js";
import { parseOtpauthUri } from "./formatOtpauthUri.js";

/** The normalised Base32 seed (upper case, no spaces, dashes or padding); `source` names the file in errors. */
export function parseSeedText(text: string, source: string): string {
  const trimmed = text.trim();
  let seed = trimmed;
  if (trimmed.startsWith("otpauth://")) {
    const parsed = parseOtpauthUri(trimmed);
    if (!parsed) throw new MfaSessionError(`Seed file ${source}: not a valid otpauth:// URI; put the Base32 seed alone in the file.`, "CONFIG_INVALID");
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
    throw new MfaSessionError(`Seed file ${source}: does not hold a Base32 seed (letters A-Z and digits 2-7, at least 16 characters).`, "CONFIG_INVALID");
  }
  return seed;
}
