import { afterEach, describe, expect, it } from "vitest";
import { isSdkNodeVersionWarning, withoutSdkNodeVersionWarning } from "./withoutSdkNodeVersionWarning.js";

const SDK_WARNING = "NodeVersionSupportWarning: The AWS SDK for JavaScript (v3)\nversions published after the first week of January 2027\nwill require node >=22.";

describe(withoutSdkNodeVersionWarning.name, () => {
  const real = process.emitWarning;
  afterEach(() => {
    process.emitWarning = real;
  });

  it("drops the SDK's Node version warning and lets every other warning through", () => {
    const passed: unknown[] = [];
    const recorder = ((warning: unknown) => void passed.push(warning)) as typeof process.emitWarning;
    process.emitWarning = recorder;
    const value = withoutSdkNodeVersionWarning(() => {
      process.emitWarning(SDK_WARNING);
      process.emitWarning("SomethingElse: keep me");
      return 42;
    });
    expect(value).toBe(42);
    expect(passed).toEqual(["SomethingElse: keep me"]);
    expect(process.emitWarning).toBe(recorder);
  });

  it("restores process.emitWarning when creation throws", () => {
    const original = process.emitWarning;
    expect(() => withoutSdkNodeVersionWarning(() => { throw new Error("boom"); })).toThrow("boom");
    expect(process.emitWarning).toBe(original);
  });
});

describe(isSdkNodeVersionWarning.name, () => {
  it("recognises the warning as a string or an Error", () => {
    expect(isSdkNodeVersionWarning(SDK_WARNING)).toBe(true);
    expect(isSdkNodeVersionWarning(Object.assign(new Error("x"), { name: "NodeVersionSupportWarning" }))).toBe(true);
    expect(isSdkNodeVersionWarning("DeprecationWarning: Buffer()")).toBe(false);
  });
});
