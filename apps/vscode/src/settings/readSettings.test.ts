import { describe, expect, it } from "vitest";
import { createFakeConfiguration } from "../../test/fakeVscode.js";
import { readSettings } from "./readSettings.js";

describe(readSettings.name, () => {
  it("returns the defaults when nothing is set", () => {
    expect(readSettings(createFakeConfiguration())).toEqual({ warningThresholdMinutes: 15, preferredPrompt: "inline" });
  });

  it("reads every setting and trims paths and names", () => {
    const settings = readSettings(
      createFakeConfiguration({ defaultProfile: " work ", warningThresholdMinutes: 30, preferredPrompt: "terminal", cliPath: " /opt/mfa-session.js " }),
    );
    expect(settings).toEqual({ defaultProfile: "work", warningThresholdMinutes: 30, preferredPrompt: "terminal", cliPath: "/opt/mfa-session.js" });
  });

  it("falls back to the defaults for nonsense values", () => {
    const settings = readSettings(createFakeConfiguration({ warningThresholdMinutes: -3, preferredPrompt: "carrier pigeon" }));
    expect(settings).toEqual({ warningThresholdMinutes: 15, preferredPrompt: "inline" });
  });
});
