import { MfaSessionError, UserCancelledError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { setupDeviceCommand as setup } from "../../test/commandFixtures.js";
import { createConfigureProfileCommand } from "./createConfigureProfileCommand.js";

const serial = "arn:aws:iam::123456789012:mfa/alice";
const SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

/** Records the options of each modal (its detail holds the diff). */
function recordModals(fake: ReturnType<typeof setup>["fake"]) {
  const shown: Array<{ modal?: boolean; detail?: string }> = [];
  const show = fake.window.showWarningMessage;
  fake.window.showWarningMessage = (message: string, options: unknown, ...items: string[]) => (shown.push(options as never), show(message, options, ...items));
  return shown;
}

/** The answers that make a new profile dev from alice-keys and alice's device, no role, no region, and write it. */
function answerNewProfileDev(fake: ReturnType<typeof setup>["fake"]) {
  fake.pickNext("New profile");
  fake.typeNext("dev");
  fake.pickNext("alice-keys");
  fake.pickNext(serial);
  fake.typeNext("");
  fake.typeNext("");
  fake.clickNext("Write");
}

describe(createConfigureProfileCommand.name, () => {
  it("writes a new profile after showing the change in a modal, with the device picked from the source's devices and the region asked", async () => {
    const { fake, calls, deps, channel, refreshed } = setup();
    fake.pickNext("New profile");
    fake.typeNext("dev");
    fake.pickNext("alice-keys");
    fake.pickNext(serial);
    fake.typeNext("");
    fake.typeNext("eu-west-1");
    fake.clickNext("Write");
    await createConfigureProfileCommand(deps).run();
    expect(calls).toEqual([["plan", { profile: "dev", sourceProfile: "alice-keys", mfaSerial: serial, region: "eu-west-1" }], ["write", "dev"]]);
    expect(fake.messages[0]).toMatchObject({ level: "warning", modal: true, message: "Write profile dev to /home/u/.aws/config?" });
    expect(channel.lines.join("\n")).toContain("+[profile work]");
    expect(refreshed()).toBe(1);
  });

  it("offers every profile with access keys in the first pick, and makes a new MFA profile from the one picked", async () => {
    const { fake, calls, deps } = setup();
    fake.pickNext("alice-keys");
    fake.typeNext("alice-mfa");
    fake.pickNext(serial);
    fake.typeNext("");
    fake.typeNext("");
    fake.clickNext("Write");
    await createConfigureProfileCommand(deps).run();
    expect(fake.quickPicks[0]!.items.map((item: { label: string }) => item.label)).toEqual(["work", "alice-keys", "$(add) New profile…"]);
    expect(fake.inputBoxOptions[0]).toMatchObject({ value: "alice-keys-mfa" });
    expect(fake.quickPicks).toHaveLength(2);
    expect(calls[0]).toEqual(["plan", { profile: "alice-mfa", sourceProfile: "alice-keys", mfaSerial: serial }]);
  });

  it("takes a typed ARN or serial number instead of a listed device, checked before it is planned", async () => {
    const { fake, calls, deps } = setup();
    fake.pickNext("work");
    fake.pickNext("alice-keys");
    fake.pickNext("Enter an ARN");
    fake.typeNext("GAHT12345678");
    fake.typeNext("");
    fake.typeNext("");
    fake.clickNext("Write");
    await createConfigureProfileCommand(deps).run();
    const box = fake.inputBoxOptions[0];
    expect(box.validateInput("arn:aws:iam::123456789012:role/Admin")).toMatch(/ARN like arn:aws:iam::123456789012:mfa\/NAME/);
    expect(box.validateInput("nope")).toBeDefined();
    expect(box.validateInput(serial)).toBeUndefined();
    expect(calls[0]).toEqual(["plan", { profile: "work", sourceProfile: "alice-keys", mfaSerial: "GAHT12345678" }]);
  });

  it("preselects the region the profile or its source already has, and refuses one that is not a region's name", async () => {
    const { fake, deps } = setup();
    fake.pickNext("alice-keys");
    fake.typeNext("alice-mfa");
    fake.pickNext(serial);
    fake.typeNext("");
    fake.typeNext("us-east-2");
    fake.clickNext(undefined);
    await expect(createConfigureProfileCommand(deps).run()).rejects.toBeInstanceOf(UserCancelledError);
    const regionBox = fake.inputBoxOptions[2];
    expect(regionBox.value).toBe("us-east-2");
    expect(regionBox.validateInput("us east")).toBeDefined();
    expect(regionBox.validateInput("eu-central-1")).toBeUndefined();
    expect(regionBox.validateInput("")).toBeUndefined();
  });

  it("shows the diff in the modal redacted as the log is: a secret key in a neighbouring section never reaches the screen", async () => {
    const { fake, deps, channel } = setup();
    const shown = recordModals(fake);
    deps.services.planProfileEdit = async () => ({
      configFile: "/home/u/.aws/config", changed: true, write: async () => {},
      diff: ` [profile old]\n aws_secret_access_key = ${SECRET_KEY}\n+[profile dev]`,
    });
    answerNewProfileDev(fake);
    await createConfigureProfileCommand(deps).run();
    expect(shown[0]!.detail).toBe(" [profile old]\n aws_secret_access_key = [redacted]\n+[profile dev]");
    expect(channel.lines.join("\n")).not.toContain(SECRET_KEY);
  });

  it("writes nothing when the modal is dismissed", async () => {
    const { fake, calls, deps } = setup();
    fake.pickNext("work");
    fake.pickNext("alice-keys");
    fake.pickNext(serial);
    fake.typeNext("arn:aws:iam::123456789012:role/Admin");
    fake.typeNext("");
    fake.clickNext(undefined);
    await expect(createConfigureProfileCommand(deps).run()).rejects.toBeInstanceOf(UserCancelledError);
    expect(calls.map((call) => call[0])).toEqual(["plan"]);
  });

  it("shows what may stop the profile from working (a pinned Node, a line Go tools cannot run) above the diff before asking to write", async () => {
    const { fake, deps } = setup();
    const shown = recordModals(fake);
    deps.services.planProfileEdit = async () => ({ configFile: "/home/u/.aws/config", changed: true, diff: "+[profile dev]", warnings: ["credential_process quotes C:\\Program Files\\nodejs\\node.exe."], write: async () => {} });
    answerNewProfileDev(fake);
    await createConfigureProfileCommand(deps).run();
    expect(shown).toEqual([{ modal: true, detail: "credential_process quotes C:\\Program Files\\nodejs\\node.exe.\n\n+[profile dev]" }]);
  });

  it("asks nothing when the CLI cannot be found: the error's hint gives it the buttons that install it or set its path", async () => {
    const { fake, calls, deps } = setup();
    deps.services.checkCli = async () => {
      throw new MfaSessionError("mfa-session was not found in any folder on PATH", "CLI_NOT_FOUND", { hint: { kind: "install-cli" } });
    };
    await expect(createConfigureProfileCommand(deps).run()).rejects.toMatchObject({ code: "CLI_NOT_FOUND", hint: { kind: "install-cli" } });
    expect(fake.quickPicks).toEqual([]);
    expect(fake.messages).toEqual([]);
    expect(calls).toEqual([]);
  });

  it("asks nothing when no profile holds access keys: the error's hint gives it a button that adds them", async () => {
    const { fake, deps } = setup();
    deps.services.listProfiles = async () => [{ name: "work", hasStaticKeys: false, usesMfaSession: true }];
    await expect(createConfigureProfileCommand(deps).run()).rejects.toMatchObject({ hint: { kind: "add-access-keys" } });
    expect(fake.quickPicks).toEqual([]);
  });
});
