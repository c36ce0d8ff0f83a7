import { describe, expect, it } from "vitest";
import { DEFAULT_CODE_SOURCE_ORDER, type CodeSourceName } from "./CodeSource.js";
import { getCodeSourceOrder } from "./getCodeSourceOrder.js";

const all = new Set<CodeSourceName>(DEFAULT_CODE_SOURCE_ORDER);
const people = new Set<CodeSourceName>(["vscode", "tty", "dialog"]);

describe(getCodeSourceOrder.name, () => {
  it("tries mfa_process, then the editor, the terminal and a dialog by default", () => {
    expect(getCodeSourceOrder({ env: {}, available: new Set([...people, "process"]) })).toEqual(["process", "vscode", "tty", "dialog"]);
  });

  it("uses a code given to the call alone, whatever MFA_SESSION_PROMPT says", () => {
    for (const setting of [undefined, "none", "tty", "vscode,dialog", "process"]) {
      expect(getCodeSourceOrder({ env: { MFA_SESSION_PROMPT: setting }, available: all })).toEqual(["token"]);
    }
  });

  it("follows MFA_SESSION_PROMPT and leaves out every source it does not list, mfa_process included", () => {
    expect(getCodeSourceOrder({ env: { MFA_SESSION_PROMPT: "dialog,tty" }, available: new Set([...people, "process"]) })).toEqual(["dialog", "tty"]);
    expect(getCodeSourceOrder({ env: { MFA_SESSION_PROMPT: "tty,process" }, available: new Set([...people, "process"]) })).toEqual(["tty", "process"]);
    expect(getCodeSourceOrder({ env: { MFA_SESSION_PROMPT: "none" }, available: new Set([...people, "process"]) })).toEqual([]);
  });

  it("skips the sources that are not available here", () => {
    expect(getCodeSourceOrder({ env: {}, available: new Set<CodeSourceName>(["tty"]) })).toEqual(["tty"]);
    expect(getCodeSourceOrder({ env: { MFA_SESSION_PROMPT: "process,tty" }, available: new Set<CodeSourceName>(["process"]) })).toEqual(["process"]);
  });

  it("reports a mistake in MFA_SESSION_PROMPT even when a code is given", () => {
    expect(() => getCodeSourceOrder({ env: { MFA_SESSION_PROMPT: "pigeon" }, available: all })).toThrow(/"pigeon" is not a code source/);
  });
});
