import { describe, expect, it } from "vitest";
import { renderXmlElement } from "./renderXml.js";

describe(renderXmlElement.name, () => {
  it("renders objects, member lists, dates without milliseconds, and leaves out undefined", () => {
    const xml = renderXmlElement("User", { UserName: "a&b<c>", CreateDate: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)), Tags: [{ Key: "k", Value: "v" }], Gone: undefined }, "member");
    expect(xml).toBe("<User><UserName>a&amp;b&lt;c&gt;</UserName><CreateDate>2026-01-02T03:04:05Z</CreateDate><Tags><member><Key>k</Key><Value>v</Value></member></Tags></User>");
  });

  it("drops characters XML cannot carry and renders empty lists and objects", () => {
    expect(renderXmlElement("M", "a\u0000b\u0007c", "member")).toBe("<M>abc</M>");
    expect(renderXmlElement("L", [], "item")).toBe("<L></L>");
    expect(renderXmlElement("O", {}, "item")).toBe("<O/>");
  });
});
