// Independent oracles for tests: oathtool for TOTP codes, zbarimg for QR codes.
import { execFileSync } from "node:child_process";

/** The code oathtool computes for `seed` at `atMs` plus `steps` 30 s steps. */
export function oathtoolCode(seed: string, atMs: number, steps = 0): string {
  const seconds = Math.floor(atMs / 1000) + steps * 30;
  return execFileSync("oathtool", ["--totp", "-b", "-N", `@${seconds}`, seed], { encoding: "utf8" }).trim();
}

/** The text zbarimg decodes from a QR code image file. */
export function zbarimgDecode(path: string): string {
  return execFileSync("zbarimg", ["--quiet", "--raw", path], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
}
