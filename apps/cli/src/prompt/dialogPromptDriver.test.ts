import { PromptUnavailableError, UserCancelledError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { createDialogPromptDriver, getDialogCommand, type DialogCommand, type DialogRunner } from "./dialogPromptDriver.js";
import type { DialogResult } from "./parseDialogResult.js";

const request = { profile: "dev", mfaSerial: "arn:aws:iam::1:mfa/a\"b", reason: "test", attempt: 1 };
const onPath = (names: string[]) => (name: string) => (names.includes(name) ? `/usr/bin/${name}` : undefined);

describe(getDialogCommand.name, () => {
  it("uses zenity on Linux with a display", () => {
    expect(getDialogCommand(request, "linux", { DISPLAY: ":0" }, onPath(["zenity", "kdialog"]))?.file).toBe("/usr/bin/zenity");
  });

  it("falls back to kdialog when zenity is missing", () => {
    expect(getDialogCommand(request, "linux", { WAYLAND_DISPLAY: "wayland-0" }, onPath(["kdialog"]))?.args).toEqual([
      "--title", "mfa-session", "--password", "MFA code for dev (arn:aws:iam::1:mfa/a\"b):",
    ]);
  });

  it("is unavailable on Linux without a display", () => {
    expect(getDialogCommand(request, "linux", {}, onPath(["zenity"]))).toBeUndefined();
  });

  it("uses powershell.exe from PATH on Windows, the prompt text only inside -EncodedCommand", () => {
    const winPath = (name: string) => (name === "powershell.exe" ? "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" : undefined);
    const command = getDialogCommand(request, "win32", {}, winPath);
    expect(command?.program).toBe("powershell");
    expect(command?.file).toBe("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe");
    expect(command?.args.slice(0, 5)).toEqual(["-NoLogo", "-NoProfile", "-NonInteractive", "-STA", "-EncodedCommand"]);
    expect(command?.args.join(" ")).not.toContain("MFA code");
  });

  it("is unavailable on Windows without powershell.exe or in an SSH session (no desktop)", () => {
    expect(getDialogCommand(request, "win32", {}, onPath([]))).toBeUndefined();
    expect(getDialogCommand(request, "win32", { SSH_CONNECTION: "10.0.0.1 5000 10.0.0.2 22" }, onPath(["powershell.exe"]))).toBeUndefined();
  });

  it("escapes quotes for osascript on macOS", () => {
    const command = getDialogCommand(request, "darwin", {}, onPath(["osascript"]));
    expect(command?.args[1]).toContain('"MFA code for dev (arn:aws:iam::1:mfa/a\\"b):"');
  });
});

describe(createDialogPromptDriver.name, () => {
  const answering = (result: DialogResult) => {
    const ran: DialogCommand[] = [];
    const run: DialogRunner = async (command) => { ran.push(command); return result; };
    return { run, ran };
  };
  const onMac = (result: DialogResult) => ({ env: {}, platform: "darwin" as const, which: onPath(["osascript"]), ...answering(result) });
  const onWindows = (result: DialogResult) => ({ env: {}, platform: "win32" as const, which: onPath(["powershell.exe"]), ...answering(result) });

  it("returns the code the dialog printed", async () => {
    const driver = createDialogPromptDriver({ env: { DISPLAY: ":0" }, platform: "linux", which: onPath(["zenity"]), run: async () => ({ exitCode: 0, stdout: "123456\n", stderr: "" }) });
    expect(await driver.ask(request)).toBe("123456");
  });

  it("treats a closed dialog as a cancellation", async () => {
    const driver = createDialogPromptDriver({ env: { DISPLAY: ":0" }, platform: "linux", which: onPath(["zenity"]), run: async () => ({ exitCode: 1, stdout: "", stderr: "" }) });
    await expect(driver.ask(request)).rejects.toBeInstanceOf(UserCancelledError);
  });

  it("on macOS returns the answer osascript printed", async () => {
    const mac = onMac({ exitCode: 0, stdout: "123456\n", stderr: "" });
    expect(await createDialogPromptDriver(mac).ask(request)).toBe("123456");
    expect(mac.ran.map((command) => [command.file, command.args[0]])).toEqual([["/usr/bin/osascript", "-e"]]);
  });

  it("on macOS treats osascript's 'User canceled. (-128)' as a cancellation", async () => {
    const mac = onMac({ exitCode: 1, stdout: "", stderr: "0:178: execution error: User canceled. (-128)\n" });
    await expect(createDialogPromptDriver(mac).ask(request)).rejects.toBeInstanceOf(UserCancelledError);
  });

  it("on macOS treats other osascript errors (no user interaction allowed) as no dialog, so the next source is tried", async () => {
    const mac = onMac({ exitCode: 1, stdout: "", stderr: "0:178: execution error: No user interaction allowed. (-1713)\n" });
    await expect(createDialogPromptDriver(mac).ask(request)).rejects.toBeInstanceOf(PromptUnavailableError);
  });

  it("on Windows returns the answer, cancels on the dialog's Cancel, and is unavailable when the form cannot be shown", async () => {
    expect(await createDialogPromptDriver(onWindows({ exitCode: 0, stdout: "654321", stderr: "" })).ask(request)).toBe("654321");
    await expect(createDialogPromptDriver(onWindows({ exitCode: 1, stdout: "", stderr: "" })).ask(request)).rejects.toBeInstanceOf(UserCancelledError);
    await expect(createDialogPromptDriver(onWindows({ exitCode: 2, stdout: "", stderr: "not running in UserInteractive mode" })).ask(request)).rejects.toBeInstanceOf(PromptUnavailableError);
  });

  it("is unavailable when the dialog cannot start or times out", async () => {
    const run: DialogRunner = async () => { throw Object.assign(new Error("spawn powershell.exe ENOENT"), { code: "ENOENT" }); };
    await expect(createDialogPromptDriver({ env: {}, platform: "win32", which: onPath(["powershell.exe"]), run }).ask(request)).rejects.toBeInstanceOf(PromptUnavailableError);
  });

  it("is unavailable without a display", async () => {
    const driver = createDialogPromptDriver({ env: {}, platform: "linux", which: onPath(["zenity"]) });
    await expect(driver.ask(request)).rejects.toBeInstanceOf(PromptUnavailableError);
  });
});
