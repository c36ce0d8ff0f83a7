import { describe, expect, it } from "vitest";
import { getCliCodeSources } from "../prompt/getCliCodeSources.js";
import { getCliCodeSourceNames } from "./getCliCodeSourceNames.js";

describe(getCliCodeSourceNames.name, () => {
  it("names exactly the sources getCliCodeSources builds, for every combination of flags", () => {
    for (const tokenCode of [false, true]) {
      for (const noPrompt of [false, true]) {
        const built = getCliCodeSources({ env: {}, homedir: "/nonexistent", ...(tokenCode ? { tokenCode: "123456" } : {}), noPrompt });
        expect(new Set(getCliCodeSourceNames({ tokenCode, noPrompt }))).toEqual(new Set(Object.keys(built)));
      }
    }
  });
});
