import { describe, expect, it } from "vitest";
import { applyLineKeys } from "./applyLineKeys.js";

describe(applyLineKeys.name, () => {
  it("submits a pasted line at Enter", () => {
    expect(applyLineKeys("", "AKIAIOSFODNN7EXAMPLE\r")).toEqual({ text: "AKIAIOSFODNN7EXAMPLE", outcome: "submitted" });
  });

  it("keeps typing across chunks, with Backspace and Ctrl-U, and drops arrow keys", () => {
    let state = applyLineKeys("", "abx\u007f");
    expect(state).toEqual({ text: "ab", outcome: "pending" });
    state = applyLineKeys(state.text, "\u001b[Dc");
    expect(state.text).toBe("abc");
    expect(applyLineKeys("abc", "\u0015xy\n")).toEqual({ text: "xy", outcome: "submitted" });
  });

  it("cancels on Ctrl-C, and on Ctrl-D at an empty line", () => {
    expect(applyLineKeys("abc", "\u0003").outcome).toBe("cancelled");
    expect(applyLineKeys("", "\u0004").outcome).toBe("cancelled");
    expect(applyLineKeys("a", "\u0004").outcome).toBe("pending");
  });
});
