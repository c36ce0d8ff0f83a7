import { describe, expect, it } from "vitest";
import { getCliCodeSources } from "./getCliCodeSources.js";

describe(getCliCodeSources.name, () => {
  it("offers the editor, the terminal and a dialog, and leaves their order to core", () => {
    expect(Object.keys(getCliCodeSources({ env: {}, homedir: "/h" }))).toEqual(["vscode", "tty", "dialog"]);
  });

  it("adds the code given with --token-code as the token source", async () => {
    const sources = getCliCodeSources({ env: {}, homedir: "/h", tokenCode: "123456" });
    expect(Object.keys(sources)).toEqual(["token", "vscode", "tty", "dialog"]);
    expect(await sources.token!({ profile: "dev", mfaSerial: "arn:aws:iam::1:mfa/me", reason: "test", attempt: 1 })).toBe("123456");
  });

  it("offers no source that needs a person with --no-prompt", () => {
    expect(Object.keys(getCliCodeSources({ env: {}, homedir: "/h", noPrompt: true }))).toEqual([]);
    expect(Object.keys(getCliCodeSources({ env: {}, homedir: "/h", noPrompt: true, tokenCode: "123456" }))).toEqual(["token"]);
  });
});
