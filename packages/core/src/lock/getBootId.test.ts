import { describe, expect, it } from "vitest";
import { getBootId } from "./getBootId.js";

describe(getBootId.name, () => {
  it.runIf(process.platform === "linux")("reads the same id twice within one boot on Linux", () => {
    expect(getBootId("linux")).toMatch(/^[0-9a-f-]{36}$/);
    expect(getBootId("linux")).toBe(getBootId("linux"));
  });

  it("has no boot id to offer on other platforms", () => {
    expect(getBootId("darwin")).toBeUndefined();
    expect(getBootId("win32")).toBeUndefined();
  });
});
