import { describe, expect, it } from "vitest";
import { parseJsonObject } from "./parseJsonObject.js";

describe(parseJsonObject.name, () => {
  it("returns the object a text holds", () => {
    expect(parseJsonObject('{"pid":1,"token":"t"}\n')).toEqual({ pid: 1, token: "t" });
  });

  it.each(["", "{", "null", "[1,2]", "42", '"text"'])("returns undefined for %j", (text) => {
    expect(parseJsonObject(text)).toBeUndefined();
  });
});
