// A random Base32 seed of the length IAM issues (40 bytes -> 64 Base32 characters).
import { randomBytes } from "node:crypto";
import { encodeBase32 } from "./base32.js";

export function generateSeed(byteLength = 40): string {
  return encodeBase32(randomBytes(byteLength));
}
