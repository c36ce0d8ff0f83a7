import { MfaSessionError, UserCancelledError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { setupDeviceCommand as setup } from "../../test/commandFixtures.js";
import { createConfigureProfileCommand } from "./createConfigureProfileCommand.js";

describe(createConfigureProfileCommand.name, () => {
  it("writes a new profile after showing the change in a modal", async () => {
    const { fake, calls, deps, channel } = setup();
    fake.pickNext("New profile");
    fake.typeNext("dev");
    fake.pickNext("alice-keys");
    fake.typeNext("arn:aws:iam::123456789012:mfa/alice");
    fake.typeNext("");
    fake.clickNext("Write");
    await createConfigureProfileCommand(deps).run();
    expect(fake.inputBoxOptions[1].value).toBe("arn:aws:iam::123456789012:mfa/alice");
    expect(calls).toEqual([["plan", { profile: "dev", sourceProfile: "alice-keys", mfaSerial: "arn:aws:iam::123456789012:mfa/alice" }], ["write", "dev"]]);
    expect(fake.messages[0]).toMatchObject({ level: "warning", modal: true, message: "Write profile dev to /home/u/.aws/config?" });
    expect(channel.lines.join("\n")).toContain("+[profile work]");
  });

  it("writes nothing when the modal is dismissed", async () => {
    const { fake, calls, deps } = setup();
    fake.pickNext("work");
    fake.pickNext("alice-keys");
    fake.typeNext("arn:aws:iam::123456789012:mfa/alice");
    fake.typeNext("arn:aws:iam::123456789012:role/Admin");
    fake.clickNext(undefined);
    await expect(createConfigureProfileCommand(deps).run()).rejects.toBeInstanceOf(UserCancelledError);
    expect(calls.map((call) => call[0])).toEqual(["plan"]);
  });

  it("shows what may stop the profile from working (a pinned Node, a line Go tools cannot run) above the diff before asking to write", async () => {
    const { fake, deps } = setup();
    const shown: unknown[] = [];
    const show = fake.window.showWarningMessage;
    fake.window.showWarningMessage = (message: string, options: unknown, ...items: string[]) => (shown.push(options), show(message, options, ...items));
    deps.services.planProfileEdit = async () => ({ configFile: "/home/u/.aws/config", changed: true, diff: "+[profile dev]", warnings: ["credential_process quotes C:\\Program Files\\nodejs\\node.exe."], write: async () => {} });
    fake.pickNext("New profile");
    fake.typeNext("dev");
    fake.pickNext("alice-keys");
    fake.typeNext("arn:aws:iam::123456789012:mfa/alice");
    fake.typeNext("");
    fake.clickNext("Write");
    await createConfigureProfileCommand(deps).run();
    expect(shown).toEqual([{ modal: true, detail: "credential_process quotes C:\\Program Files\\nodejs\\node.exe.\n\n+[profile dev]" }]);
  });

  it("asks nothing to confirm and writes nothing when the CLI cannot be found", async () => {
    const { fake, calls, deps } = setup();
    deps.services.planProfileEdit = async () => {
      throw new MfaSessionError("mfa-session.cmd was not found in any folder on PATH", "CLI_NOT_FOUND", { hint: { kind: "install-cli" } });
    };
    fake.pickNext("New profile");
    fake.typeNext("dev");
    fake.pickNext("alice-keys");
    fake.typeNext("arn:aws:iam::123456789012:mfa/alice");
    fake.typeNext("");
    await expect(createConfigureProfileCommand(deps).run()).rejects.toMatchObject({ code: "CLI_NOT_FOUND" });
    expect(fake.messages).toEqual([]);
    expect(calls.filter((call) => call[0] === "write")).toEqual([]);
  });
});
