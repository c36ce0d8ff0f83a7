import { describe, expect, it } from "vitest";
import { UsageError } from "../errors/errors.js";
import { parseCodeSourceOrder } from "./parseCodeSourceOrder.js";

describe(parseCodeSourceOrder.name, () => {
  it("reads a comma list in order, in any case and spacing, each name once", () => {
    expect(parseCodeSourceOrder(" Dialog, tty ,dialog")).toEqual(["dialog", "tty"]);
    expect(parseCodeSourceOrder("token,process,vscode,tty,dialog")).toEqual(["token", "process", "vscode", "tty", "dialog"]);
  });

  it("leaves the default to the caller when unset or blank, and reads none as no source", () => {
    expect(parseCodeSourceOrder(undefined)).toBeUndefined();
    expect(parseCodeSourceOrder("  ")).toBeUndefined();
    expect(parseCodeSourceOrder("none")).toEqual([]);
  });

  it("reads mfa_process, the profile setting, as the process source", () => {
    expect(parseCodeSourceOrder("tty,mfa_process")).toEqual(["tty", "process"]);
  });

  it("refuses an unknown name, naming it and every valid one", () => {
    const error = (() => { try { parseCodeSourceOrder("tty,carrier-pigeon"); } catch (caught) { return caught; } })();
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      'MFA_SESSION_PROMPT=tty,carrier-pigeon: "carrier-pigeon" is not a code source; use one or more of token, process, vscode, tty, dialog separated by commas, or none.',
    );
    expect(() => parseCodeSourceOrder("none,tty")).toThrow(/"none" is not a code source/);
  });
});
