import { describe, expect, it } from "vitest";
import { CODE_SOURCE_NAMES, DEFAULT_CODE_SOURCE_ORDER, TERMINAL_FIRST_CODE_SOURCE_ORDER } from "./CodeSource.js";
import { formatCodeSourceOrder } from "./formatCodeSourceOrder.js";
import { parseCodeSourceOrder } from "./parseCodeSourceOrder.js";

describe(formatCodeSourceOrder.name, () => {
  it("writes what parseCodeSourceOrder reads back", () => {
    for (const order of [DEFAULT_CODE_SOURCE_ORDER, TERMINAL_FIRST_CODE_SOURCE_ORDER, ["tty"] as const, []]) {
      expect(parseCodeSourceOrder(formatCodeSourceOrder(order))).toEqual(order);
    }
  });

  it("writes the extension's terminal-first order with names every CLI version accepts", () => {
    // CLI 0.1 and 0.2 accept exactly these names: a newer extension must not break an older CLI.
    const older = ["token", "process", "vscode", "tty", "dialog"];
    expect(formatCodeSourceOrder(TERMINAL_FIRST_CODE_SOURCE_ORDER)).toBe("token,process,tty,vscode,dialog");
    expect(CODE_SOURCE_NAMES.every((name) => older.includes(name))).toBe(true);
  });
});
