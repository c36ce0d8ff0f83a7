import { describe, expect, it } from "vitest";
import { fromNamespacedPath } from "./fromNamespacedPath.js";

describe(fromNamespacedPath.name, () => {
  it("gives back the usual form of a drive path and of a UNC path", () => {
    expect(fromNamespacedPath("\\\\?\\Z:\\tmp\\run 0")).toBe("Z:\\tmp\\run 0");
    expect(fromNamespacedPath("\\\\?\\UNC\\server\\share\\cache")).toBe("\\\\server\\share\\cache");
  });

  it("leaves other paths alone", () => {
    expect(fromNamespacedPath("C:\\Users\\me")).toBe("C:\\Users\\me");
    expect(fromNamespacedPath("/home/me")).toBe("/home/me");
  });
});
