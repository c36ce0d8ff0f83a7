import { describe, expect, it } from "vitest";
import { parseDialogResult } from "./parseDialogResult.js";

describe(parseDialogResult.name, () => {
  it("returns the trimmed answer of a dialog that exited 0 (osascript ends it with a newline, PowerShell on Windows may add CRLF)", () => {
    expect(parseDialogResult("osascript", { exitCode: 0, stdout: "123456\n", stderr: "" })).toEqual({ outcome: "answer", text: "123456" });
    expect(parseDialogResult("powershell", { exitCode: 0, stdout: "123 456\r\n", stderr: "" })).toEqual({ outcome: "answer", text: "123 456" });
  });

  it("reads osascript's exit 1 with error -128 as the person's Cancel", () => {
    const stderr = "0:178: execution error: User canceled. (-128)\n";
    expect(parseDialogResult("osascript", { exitCode: 1, stdout: "", stderr })).toEqual({ outcome: "cancelled" });
  });

  it("reads osascript's other errors, which also exit 1, as a dialog that could not be shown", () => {
    const stderr = "0:178: execution error: No user interaction allowed. (-1713)\n";
    expect(parseDialogResult("osascript", { exitCode: 1, stdout: "", stderr })).toEqual({
      outcome: "failed", reason: "osascript exited with 1: 0:178: execution error: No user interaction allowed. (-1713)",
    });
  });

  it("reads the PowerShell dialog's exit 1 as Cancel and exit 2 as a failure, with its reason", () => {
    expect(parseDialogResult("powershell", { exitCode: 1, stdout: "", stderr: "" })).toEqual({ outcome: "cancelled" });
    const failed = parseDialogResult("powershell", { exitCode: 2, stdout: "", stderr: "Showing a modal dialog box or form when the application is not running in UserInteractive mode is not a valid operation.\r\n" });
    expect(failed).toEqual({ outcome: "failed", reason: expect.stringMatching(/^powershell exited with 2: Showing a modal dialog box .* valid operation\.$/) });
  });

  it("reads zenity's and kdialog's exit 1 as Cancel and any other code as a failure", () => {
    expect(parseDialogResult("zenity", { exitCode: 1, stdout: "", stderr: "Gtk-Message: mapped without a transient parent" })).toEqual({ outcome: "cancelled" });
    expect(parseDialogResult("kdialog", { exitCode: 1, stdout: "", stderr: "" })).toEqual({ outcome: "cancelled" });
    expect(parseDialogResult("zenity", { exitCode: 5, stdout: "", stderr: "" })).toEqual({ outcome: "failed", reason: "zenity exited with 5" });
  });
});
