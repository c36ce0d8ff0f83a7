import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "./escapeMarkdown.js";

describe(escapeMarkdown.name, () => {
  it("escapes every character Markdown could take as syntax", () => {
    expect(escapeMarkdown("a_b*c`d[e](f)<g>#h|i~j\\k")).toBe("a\\_b\\*c\\`d\\[e\\]\\(f\\)\\<g\\>\\#h\\|i\\~j\\\\k");
  });

  it("leaves plain names alone", () => {
    expect(escapeMarkdown("work dev2")).toBe("work dev2");
  });
});
