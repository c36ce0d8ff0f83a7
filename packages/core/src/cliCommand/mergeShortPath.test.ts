import { describe, expect, it } from "vitest";
import { mergeShortPath } from "./mergeShortPath.js";

describe(mergeShortPath.name, () => {
  it("takes the short name of each folder that needs quotes and keeps the other names long", () => {
    expect(mergeShortPath("C:\\Program Files\\nodejs\\node.exe", "C:\\PROGRA~1\\nodejs\\node.exe")).toBe("C:\\PROGRA~1\\nodejs\\node.exe");
    expect(mergeShortPath(
      "C:\\Users\\Jane Doe\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js",
      "C:\\Users\\JANEDO~1\\AppData\\Roaming\\npm\\NODE_M~1\\MFA-SE~1\\dist\\MFA-SE~1.JS",
    )).toBe("C:\\Users\\JANEDO~1\\AppData\\Roaming\\npm\\node_modules\\mfa-session\\dist\\mfa-session.js");
    expect(mergeShortPath("C:\\Program Files (x86)\\R&D\\node.exe", "C:\\PROGRA~2\\RD~1\\node.exe")).toBe("C:\\PROGRA~2\\RD~1\\node.exe");
  });

  it("gives up when a name that needs quotes came back long (8.3 names off on that volume, or Wine's last name)", () => {
    expect(mergeShortPath("D:\\My Tools\\node.exe", "D:\\My Tools\\node.exe")).toBeUndefined();
    expect(mergeShortPath("C:\\hx\\Alice Smith", "C:\\hx\\Alice Smith")).toBeUndefined();
    expect(mergeShortPath("C:\\a b\\node.exe", "C:\\node.exe")).toBeUndefined();
  });

  it("leaves a path that needs no quotes as it is", () => {
    expect(mergeShortPath("C:\\nodejs\\node.exe", "C:\\nodejs\\node.exe")).toBe("C:\\nodejs\\node.exe");
  });
});
