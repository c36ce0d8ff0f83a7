import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "./sha256Hex.js";

const nodeSha256 = (text: string): string => createHash("sha256").update(text, "utf8").digest("hex");

describe("sha256Hex", () => {
  it("matches the FIPS 180-4 examples", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
  });

  it("matches node:crypto at every length around the block and padding boundaries", () => {
    for (let length = 0; length <= 300; length++) {
      const text = "x".repeat(length);
      expect(sha256Hex(text), `length ${length}`).toBe(nodeSha256(text));
    }
  });

  it("matches node:crypto on 2,000 random strings, non-ASCII included", () => {
    for (let i = 0; i < 2000; i++) {
      const bytes = randomBytes(Math.floor(Math.random() * 600));
      // Mix ASCII, 2-, 3- and 4-byte UTF-8 characters (and lone surrogates, which both encode as U+FFFD).
      const text = Array.from(bytes, (byte) => String.fromCodePoint([byte, 0xe9, 0x4e2d, 0x1f511, 0xd800][byte % 5]!)).join("");
      expect(sha256Hex(text)).toBe(nodeSha256(text));
    }
  });

  it("matches node:crypto on a message longer than one megabyte", () => {
    const text = randomBytes(700_000).toString("hex");
    expect(sha256Hex(text)).toBe(nodeSha256(text));
  });
});
