import { describe, expect, it } from "vitest";
import { formatLocalTime } from "./formatLocalTime.js";

describe(formatLocalTime.name, () => {
  it("shows the date and time in the local time zone, to the minute", () => {
    // Built from local fields, so the expectation holds in any time zone.
    expect(formatLocalTime(new Date(2026, 11, 1, 13, 56, 50, 884))).toBe("2026-12-01 13:56");
  });

  it("pads single digits", () => {
    expect(formatLocalTime(new Date(2026, 0, 2, 3, 4, 5))).toBe("2026-01-02 03:04");
  });

  it("never shows the UTC ISO form", () => {
    expect(formatLocalTime(new Date(Date.parse("2026-12-01T12:56:50.884Z")))).not.toMatch(/T\d\d:|Z$|\.\d{3}/);
  });
});
