import { describe, expect, it } from "vitest";
import { isFreshEntry } from "./isFreshEntry.js";

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
const entry = (lifetimeMinutes: number) => ({
  createdAt: new Date(T0),
  credentials: { accessKeyId: "A", secretAccessKey: "S", sessionToken: "T", expiration: new Date(T0 + lifetimeMinutes * MINUTE) },
});

describe(isFreshEntry.name, () => {
  it("keeps a 12 h session until 15 minutes remain", () => {
    expect(isFreshEntry(entry(720), T0 + 704 * MINUTE, 15 * MINUTE)).toBe(true);
    expect(isFreshEntry(entry(720), T0 + 706 * MINUTE, 15 * MINUTE)).toBe(false);
  });

  it("keeps a 15-minute session for half its lifetime instead of never", () => {
    expect(isFreshEntry(entry(15), T0 + 1 * MINUTE, 15 * MINUTE)).toBe(true);
    expect(isFreshEntry(entry(15), T0 + 7 * MINUTE, 15 * MINUTE)).toBe(true);
    expect(isFreshEntry(entry(15), T0 + 8 * MINUTE, 15 * MINUTE)).toBe(false);
  });

  it("never keeps an expired session", () => {
    expect(isFreshEntry(entry(60), T0 + 61 * MINUTE, 0)).toBe(false);
  });
});
