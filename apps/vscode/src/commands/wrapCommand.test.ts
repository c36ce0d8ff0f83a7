import { AccessDeniedError, MfaSessionError, UserCancelledError, translateDeviceError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { FakeLogOutputChannel } from "../../test/fakeLogOutputChannel.js";
import { createFakeWindow } from "../../test/fakeVscode.js";
import { createOutputLogger } from "../log/createOutputLogger.js";
import { wrapCommand } from "./wrapCommand.js";

function setup() {
  const fake = createFakeWindow();
  const channel = new FakeLogOutputChannel();
  const logger = createOutputLogger(channel);
  return { fake, channel, logger };
}

describe(wrapCommand.name, () => {
  it("returns the handler's result", async () => {
    const { fake, logger } = setup();
    await expect(wrapCommand("Sign In", async (x: number) => x * 2, { window: fake.window as never, logger, executeCommand: async () => undefined })(21)).resolves.toBe(42);
  });

  it("shows one error message with a Show log action that opens the log", async () => {
    const { fake, channel, logger } = setup();
    fake.clickNext("Show log");
    const cause = new Error("HTTP 403");
    const run = wrapCommand("Sign In", async () => {
      throw new AccessDeniedError("Profile work: access denied; check the user's IAM policy.", { cause });
    }, { window: fake.window as never, logger, executeCommand: async () => undefined });
    await expect(run()).resolves.toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.messages).toEqual([
      { level: "error", message: "Sign In: Profile work: access denied; check the user's IAM policy.", items: ["Show log"], modal: false },
    ]);
    expect(channel.shown).toBe(1);
    expect(channel.lines.join("\n")).toContain("AccessDeniedError [ACCESS_DENIED]: Profile work: access denied; check the user's IAM policy. <- caused by Error: HTTP 403");
  });

  it("words core's next step as a VS Code command, never a CLI flag", async () => {
    const { fake, logger } = setup();
    const conflict = Object.assign(new Error("DeleteConflict"), { name: "DeleteConflictException", $metadata: {} });
    await wrapCommand("Delete Device", async () => {
      throw translateDeviceError(conflict, { action: "delete", subject: "MFA device arn:x", serialNumber: "arn:x" });
    }, { window: fake.window as never, logger, executeCommand: async () => undefined })();
    expect(fake.messages.map((shown) => shown.message)).toEqual([
      'Delete Device: MFA device arn:x is still enabled for a user: deactivate it first with "MFA Session: Deactivate Device".',
    ]);
    expect(fake.messages[0]!.message).not.toMatch(/--|`mfa-session/);
  });

  it("stays quiet when the person cancels", async () => {
    const { fake, channel, logger } = setup();
    await wrapCommand("Sign In", async () => {
      throw new UserCancelledError();
    }, { window: fake.window as never, logger, executeCommand: async () => undefined })();
    expect(fake.messages).toEqual([]);
    expect(channel.lines.at(-1)).toMatch(/\[info\] Sign In: cancelled\.$/);
  });

  it("offers the button that fixes the error before Show log, and runs its command when clicked", async () => {
    const { fake, logger } = setup();
    const ran: unknown[][] = [];
    fake.clickNext("Configure Profile");
    await wrapCommand("Sign In", async () => {
      throw new MfaSessionError("No profile uses an MFA device", "CONFIG_INVALID", { hint: { kind: "configure-profile" } });
    }, { window: fake.window as never, logger, executeCommand: async (...args: unknown[]) => void ran.push(args) })();
    await new Promise((resolve) => setImmediate(resolve));
    expect(fake.messages[0]!.items).toEqual(["Configure Profile", "Show log"]);
    expect(ran).toEqual([["mfaSession.configureProfile"]]);
  });

  it("types a fixing command line into a new terminal without pressing Enter", async () => {
    const { fake, logger } = setup();
    const typed: Array<[string, boolean | undefined]> = [];
    const window = { ...fake.window, createTerminal: () => ({ show() {}, sendText: (text: string, enter?: boolean) => void typed.push([text, enter]) }) };
    fake.clickNext("Install in Terminal");
    await wrapCommand("Configure Profile", async () => {
      throw new MfaSessionError("mfa-session was not found on PATH", "CLI_NOT_FOUND", { hint: { kind: "install-cli" } });
    }, { window: window as never, logger, executeCommand: async () => undefined })();
    await new Promise((resolve) => setImmediate(resolve));
    expect(typed).toEqual([["npm install --global mfa-session", false]]);
  });
});
