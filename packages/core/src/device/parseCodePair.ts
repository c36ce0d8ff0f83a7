// Enable and resync need two consecutive codes; two equal codes are always a mistake (the second
// was typed before the authenticator moved on), so they are refused before any network call.
import { InvalidMfaCodeError } from "../errors/errors.js";
import { parseMfaCode } from "../totp/parseMfaCode.js";
import { CONSECUTIVE_CODES_HINT } from "./translateDeviceError.js";

export interface CodePair {
  code1: string;
  code2: string;
}

export function parseCodePair(code1: string, code2: string, subject: string): CodePair {
  const first = parseMfaCode(code1, subject);
  const second = parseMfaCode(code2, subject);
  if (first === second) {
    throw new InvalidMfaCodeError(`${subject}: the two codes are the same; ${CONSECUTIVE_CODES_HINT}.`);
  }
  return { code1: first, code2: second };
}
