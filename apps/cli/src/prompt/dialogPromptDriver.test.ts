import { PromptUnavailableError, UserCancelledError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { createDialogPromptDriver, getDialogCommand } from "./dialogPromptDriver.js";

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

  it("escapes quotes for osascript on macOS", () => {
    const command = getDialogCommand(request, "darwin", {}, onPath(["osascript"]));
    expect(command?.args[1]).toContain('"MFA code for dev (arn:aws:iam::1:mfa/a\\"b):"');
  });
});

describe(createDialogPromptDriver.name, () => {
  it("returns the code the dialog printed", async () => {
    const driver = createDialogPromptDriver({ env: { DISPLAY: ":0" }, platform: "linux", which: onPath(["zenity"]), run: async () => ({ exitCode: 0, stdout: "123456\n" }) });
    expect(await driver.ask(request)).toBe("123456");
  });

  it("treats a closed dialog as a cancellation", async () => {
    const driver = createDialogPromptDriver({ env: { DISPLAY: ":0" }, platform: "linux", which: onPath(["zenity"]), run: async () => ({ exitCode: 1, stdout: "" }) });
    await expect(driver.ask(request)).rejects.toBeInstanceOf(UserCancelledError);
  });

  it("is unavailable without a display", async () => {
    const driver = createDialogPromptDriver({ env: {}, platform: "linux", which: onPath(["zenity"]) });
    await expect(driver.ask(request)).rejects.toBeInstanceOf(PromptUnavailableError);
  });
});
