import { describe, expect, it } from "vitest";
import { formatPromptServerEnv } from "../ipc/promptServerEnv.js";
import { DEFAULT_CODE_SOURCE_ORDER, type CodeSourceName } from "./CodeSource.js";
import { getCodeSourceOrder } from "./getCodeSourceOrder.js";

const all = new Set<CodeSourceName>(DEFAULT_CODE_SOURCE_ORDER);
const people = new Set<CodeSourceName>(["vscode", "tty", "dialog"]);
/** What a VS Code integrated terminal inherits from the extension. */
const vscodeTerminal = { MFA_SESSION_VSCODE_IPC: formatPromptServerEnv({ socketPath: "/s/w1.sock", secret: "s" }) };

describe(getCodeSourceOrder.name, () => {
  it("tries mfa_process, then the terminal, the VS Code window and a dialog outside VS Code's terminals", () => {
    // A terminal outside the editor (or over SSH) asks on itself; a caller without a terminal moves on to the window.
    expect(getCodeSourceOrder({ env: {}, available: new Set([...people, "process"]) })).toEqual(["process", "tty", "vscode", "dialog"]);
  });

  it("tries the VS Code window before the terminal in a VS Code terminal (MFA_SESSION_VSCODE_IPC set)", () => {
    expect(getCodeSourceOrder({ env: vscodeTerminal, available: new Set([...people, "process"]) })).toEqual(["process", "vscode", "tty", "dialog"]);
  });

  it("takes a blank or broken MFA_SESSION_VSCODE_IPC for none: the terminal first", () => {
    for (const value of ["", "not json", '{"socketPath":"/s"}']) {
      expect(getCodeSourceOrder({ env: { MFA_SESSION_VSCODE_IPC: value }, available: people })).toEqual(["tty", "vscode", "dialog"]);
    }
  });

  it("lets MFA_SESSION_PROMPT override either default", () => {
    expect(getCodeSourceOrder({ env: { ...vscodeTerminal, MFA_SESSION_PROMPT: "tty,vscode" }, available: people })).toEqual(["tty", "vscode"]);
    expect(getCodeSourceOrder({ env: { MFA_SESSION_PROMPT: "vscode,tty" }, available: people })).toEqual(["vscode", "tty"]);
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
