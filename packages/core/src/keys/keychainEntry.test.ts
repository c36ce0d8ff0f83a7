import { describe, expect, it } from "vitest";
import { formatKeychainEntry, parseKeychainEntry } from "./keychainEntry.js";

describe(parseKeychainEntry.name, () => {
  it("reads back what formatKeychainEntry wrote", () => {
    const keys = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
    expect(parseKeychainEntry(formatKeychainEntry(keys), "dev")).toEqual(keys);
  });

  it("refuses a foreign entry without quoting it", () => {
    for (const text of ["plain-secret-text", "{}", '{"Version":1,"AccessKeyId":"AKIA"}', "null"]) {
      expect(() => parseKeychainEntry(text, "dev")).toThrow(/Profile dev: the OS keychain entry .* keys add --profile dev/);
      try { parseKeychainEntry(text, "dev"); } catch (error) { expect(String(error)).not.toContain("plain-secret-text"); }
    }
  });
});
