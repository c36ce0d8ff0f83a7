import { PromptUnavailableError, UsageError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { parsePromptSetting, selectPromptDrivers } from "./selectPromptDrivers.js";
import type { TtyHandle } from "./ttyPromptDriver.js";

const request = { profile: "dev", mfaSerial: "arn:aws:iam::1:mfa/me", reason: "test", attempt: 1 };
const noTty = { openTty: (): TtyHandle => { throw Object.assign(new Error("ENXIO"), { code: "ENXIO" }); } };
const noVscode = { findServer: async () => undefined, requestCode: async () => "000000" };

describe(selectPromptDrivers.name, () => {
  it("tries the editor, the terminal and a dialog in that order by default", () => {
    expect(selectPromptDrivers({ env: {}, homedir: "/h", tty: noTty, vscode: noVscode }).drivers).toEqual(["vscode", "tty", "dialog"]);
  });

  it("uses only the code given up front, as a fixed code", () => {
    const selected = selectPromptDrivers({ env: {}, homedir: "/h", tokenCode: "123456" });
    expect(selected).toMatchObject({ drivers: ["token"], interactive: false });
  });

  it("honors MFA_SESSION_PROMPT", () => {
    expect(selectPromptDrivers({ env: { MFA_SESSION_PROMPT: "dialog,tty" }, homedir: "/h" }).drivers).toEqual(["dialog", "tty"]);
    expect(selectPromptDrivers({ env: { MFA_SESSION_PROMPT: "none" }, homedir: "/h" }).drivers).toEqual([]);
  });

  it("uses --token-code even when MFA_SESSION_PROMPT picks other drivers or none", () => {
    for (const setting of ["none", "tty", "vscode,dialog"]) {
      const selected = selectPromptDrivers({ env: { MFA_SESSION_PROMPT: setting }, homedir: "/h", tokenCode: "123456" });
      expect(selected).toMatchObject({ drivers: ["token"], interactive: false });
    }
  });

  it("drops every interactive driver with --no-prompt", () => {
    expect(selectPromptDrivers({ env: {}, homedir: "/h", noPrompt: true }).drivers).toEqual([]);
  });

  it("fails with the next step when no driver can ask", async () => {
    const { provider } = selectPromptDrivers({ env: {}, homedir: "/h", tty: noTty, vscode: noVscode });
    const error = await provider(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PromptUnavailableError);
    expect((error as Error).message).toBe(
      "No way to ask for an MFA code for profile dev: run `mfa-session login --profile dev` in a terminal, or set mfa_process",
    );
  });

  it("re-asks through the driver that answered first", async () => {
    const asked: string[] = [];
    const vscode = { findServer: async () => (asked.length === 0 ? {} : undefined), requestCode: async () => { asked.push("vscode"); return "111111"; } };
    const tty = { openTty: (): TtyHandle => ({ write() {}, read: (onData) => onData("222222"), close() {} }) };
    const { provider } = selectPromptDrivers({ env: {}, homedir: "/h", tty, vscode });
    expect(await provider(request)).toBe("111111");
    await expect(provider({ ...request, attempt: 2, previousError: "invalid" })).rejects.toBeInstanceOf(PromptUnavailableError);
    expect(asked).toEqual(["vscode"]);
  });
});

describe(parsePromptSetting.name, () => {
  it("rejects an unknown driver name", () => {
    expect(() => parsePromptSetting("carrier-pigeon")).toThrow(UsageError);
  });
});
