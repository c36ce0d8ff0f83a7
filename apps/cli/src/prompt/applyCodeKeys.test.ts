import { describe, expect, it } from "vitest";
import { applyCodeKeys } from "./applyCodeKeys.js";

describe(applyCodeKeys.name, () => {
  it("completes on the sixth digit and echoes each digit", () => {
    expect(applyCodeKeys("12345", "6")).toEqual({ digits: "123456", echo: "6", outcome: "complete" });
  });

  it("takes a pasted code in one chunk and ignores what follows the sixth digit", () => {
    expect(applyCodeKeys("", "123456\r7")).toEqual({ digits: "123456", echo: "123456", outcome: "complete" });
  });

  it("edits with backspace", () => {
    const state = applyCodeKeys("12", "\u007f3");
    expect(state).toEqual({ digits: "13", echo: "\b \b3", outcome: "pending" });
  });

  it("cancels on Ctrl-C", () => {
    expect(applyCodeKeys("123", "\u0003").outcome).toBe("cancelled");
  });

  it("cancels on Escape, alone or before another key", () => {
    expect(applyCodeKeys("12", "\u001b")).toEqual({ digits: "12", echo: "", outcome: "cancelled" });
    expect(applyCodeKeys("12", "\u001bx").outcome).toBe("cancelled");
  });

  it("takes no digit from an escape sequence (Delete, Ctrl-Right, F1, a bracketed paste's markers)", () => {
    expect(applyCodeKeys("1", "\u001b[3~\u001b[1;5C\u001bOP")).toEqual({ digits: "1", echo: "", outcome: "pending" });
    expect(applyCodeKeys("", "\u001b[200~123456\u001b[201~")).toEqual({ digits: "123456", echo: "123456", outcome: "complete" });
  });

  it("ignores letters, Enter and escape sequences", () => {
    expect(applyCodeKeys("1", "a\r\u001b[A")).toEqual({ digits: "1", echo: "", outcome: "pending" });
  });

  it("echoes a mask instead of digits when asked", () => {
    expect(applyCodeKeys("", "42", "*").echo).toBe("**");
  });
});
