import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { encodeBase32 } from "./base32.js";
import { generateSeed } from "./generateSeed.js";
import { generateTotp, getSecondsUntilNextCode } from "./generateTotp.js";

// RFC 6238 appendix B, SHA-1 seed "12345678901234567890", 8 digits.
const rfcSeed = encodeBase32(Buffer.from("12345678901234567890"));
const rfcVectors: Array<[number, string]> = [
  [59, "94287082"],
  [1111111109, "07081804"],
  [1111111111, "14050471"],
  [1234567890, "89005924"],
  [2000000000, "69279037"],
  [20000000000, "65353130"],
];

describe(generateTotp.name, () => {
  it.each(rfcVectors)("matches the RFC 6238 SHA-1 vector at t=%i", (seconds, expected) => {
    expect(generateTotp(rfcSeed, { timeMs: seconds * 1000, digits: 8 })).toBe(expected);
  });

  it("gives six-digit codes that change every 30 seconds", () => {
    const seed = generateSeed();
    const a = generateTotp(seed, { timeMs: 30_000 * 1000 });
    const b = generateTotp(seed, { timeMs: 30_000 * 1000 + 29_999 });
    expect(a).toMatch(/^\d{6}$/);
    expect(b).toBe(a);
  });

  it("agrees with oathtool on 50 random seeds and times", () => {
    for (let i = 0; i < 50; i++) {
      const seed = generateSeed(10 + (i % 31));
      const seconds = 1_000_000_000 + Math.floor(Math.random() * 1_000_000_000);
      const expected = execFileSync("oathtool", ["--totp", "-b", `--now=@${seconds}`, seed], { encoding: "utf8" }).trim();
      expect(generateTotp(seed, { timeMs: seconds * 1000 })).toBe(expected);
    }
  });

  it("counts the seconds left in the current step", () => {
    expect(getSecondsUntilNextCode(60_000)).toBe(30);
    expect(getSecondsUntilNextCode(89_500)).toBe(1);
  });
});
