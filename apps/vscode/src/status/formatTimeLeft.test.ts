import { describe, expect, it } from "vitest";
import { formatTimeLeft } from "./formatTimeLeft.js";

describe(formatTimeLeft.name, () => {
  it.each([
    [(11 * 60 + 42) * 60_000 + 59_000, "11h42m"],
    [(2 * 60 + 5) * 60_000, "2h05m"],
    [42 * 60_000, "42m"],
    [59_000, "<1m"],
    [0, "expired"],
    [-1000, "expired"],
  ])("formats %d ms as %s", (milliseconds, expected) => {
    expect(formatTimeLeft(milliseconds)).toBe(expected);
  });
});
