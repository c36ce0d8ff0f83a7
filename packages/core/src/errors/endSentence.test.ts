import { describe, expect, it } from "vitest";
import { endSentence } from "./endSentence.js";

describe(endSentence.name, () => {
  it("adds a full stop to a sentence without one", () => {
    expect(endSentence("deactivate it first")).toBe("deactivate it first.");
    expect(endSentence("Option '--profile <value>' argument missing ")).toBe("Option '--profile <value>' argument missing.");
  });

  it("keeps the stop, question or exclamation mark a sentence already has, so no message ends with two", () => {
    expect(endSentence("use '--token-code=-XYZ'.")).toBe("use '--token-code=-XYZ'.");
    expect(endSentence("Did you forget?")).toBe("Did you forget?");
    expect(endSentence("Stop!")).toBe("Stop!");
  });
});
