// Identifiers in the shapes AWS uses: AKIA/ASIA access keys, AIDA/AROA unique ids, 40-char secrets.
import { randomBytes, randomInt } from "node:crypto";

const UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function randomFrom(alphabet: string, length: number): string {
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const generateIds = {
  longTermAccessKeyId: () => `AKIA${randomFrom(UPPER_ALNUM, 16)}`,
  sessionAccessKeyId: () => `ASIA${randomFrom(UPPER_ALNUM, 16)}`,
  secretAccessKey: () => randomBytes(30).toString("base64").replace(/[+/]/g, "A").slice(0, 40),
  sessionToken: () => `FwoGZXIvYXdzE${randomBytes(96).toString("base64")}`,
  userId: () => `AIDA${randomFrom(UPPER_ALNUM, 17)}`,
  roleId: () => `AROA${randomFrom(UPPER_ALNUM, 17)}`,
  requestId: () => {
    const hex = randomBytes(16).toString("hex");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  },
  instanceId: () => `i-${randomBytes(9).toString("hex").slice(0, 17)}`,
  reservationId: () => `r-${randomBytes(9).toString("hex").slice(0, 17)}`,
};
