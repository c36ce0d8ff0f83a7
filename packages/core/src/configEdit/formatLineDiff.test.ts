import { describe, expect, it } from "vitest";
import { formatLineDiff } from "./formatLineDiff.js";

describe(formatLineDiff.name, () => {
  it("is empty when nothing changed", () => {
    expect(formatLineDiff("a\nb\n", "a\nb\n")).toBe("");
  });

  it("shows added lines with context in a unified hunk", () => {
    const before = "1\n2\n3\n4\n5\n6\n7\n8\n";
    const after = "1\n2\n3\n4\n5\n6\n7\n8\n\n[profile x]\nk = v\n";
    expect(formatLineDiff(before, after, { before: "config", after: "config (new)" })).toBe(
      ["--- config", "+++ config (new)", "@@ -6,3 +6,6 @@", " 6", " 7", " 8", "+", "+[profile x]", "+k = v", ""].join("\n"),
    );
  });

  it("shows a replaced line as a removal and an addition", () => {
    expect(formatLineDiff("a\nb\nc\n", "a\nB\nc\n")).toBe(["--- a", "+++ b", "@@ -1,3 +1,3 @@", " a", "-b", "+B", " c", ""].join("\n"));
  });
});
