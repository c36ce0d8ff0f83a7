// The device commands against a fake window, fake services and a fake set-up panel.
import { UserCancelledError, type CodePair, type MfaDeviceSummary, type NewDeviceForUser } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { createFakeServices } from "../../test/fakeServices.js";
import { createFakeWindow } from "../../test/fakeVscode.js";
import { createOutputLogger } from "../log/createOutputLogger.js";
import type { ProfileChoice } from "../services/ExtensionServices.js";
import { createConfigureProfileCommand } from "./createConfigureProfileCommand.js";
import { createListDevicesCommand } from "./createListDevicesCommand.js";
import { createRemoveDeviceCommand } from "./createRemoveDeviceCommand.js";
import { createResyncDeviceCommand } from "./createResyncDeviceCommand.js";
import { createSetUpDeviceCommand } from "./createSetUpDeviceCommand.js";

const profiles: ProfileChoice[] = [
  { name: "alice-keys", hasStaticKeys: true, usesMfaSession: false, mfaSerial: "arn:aws:iam::123456789012:mfa/alice" },
  { name: "nothing", hasStaticKeys: false, usesMfaSession: false },
  { name: "work", hasStaticKeys: false, usesMfaSession: true },
];
const device: MfaDeviceSummary = { serialNumber: "arn:aws:iam::123456789012:mfa/alice", userName: "alice", enableDate: new Date("2026-01-01T00:00:00Z") };

function setup(devices: MfaDeviceSummary[] = [device]) {
  const fake = createFakeWindow();
  const { services, calls } = createFakeServices({ profiles, devices });
  const channel = fake.window.createOutputChannel("MFA Session");
  const deps = {
    window: fake.window as never,
    services,
    activeProfile: { get: () => undefined, set: async () => {} },
    logger: createOutputLogger(channel, { now: () => 0 }),
  };
  return { fake, calls, deps, channel };
}

describe(createListDevicesCommand.name, () => {
  it("offers only profiles with keys, lists the user's devices and logs them", async () => {
    const { fake, deps, channel } = setup();
    fake.pickNext("alice-keys");
    const list = await createListDevicesCommand(deps).run();
    expect(fake.quickPicks[0]!.items.map((item: { label: string }) => item.label)).toEqual(["alice-keys", "work"]);
    expect(list).toEqual([device]);
    expect(channel.lines.join("\n")).toContain("user alice (profile alice-keys) has 1 MFA device(s)\n  arn:aws:iam::123456789012:mfa/alice");
  });
});

describe(createResyncDeviceCommand.name, () => {
  it("takes two consecutive codes and refuses the same code twice while typing", async () => {
    const { fake, calls, deps } = setup();
    fake.pickNext("alice-keys");
    fake.pickNext(device.serialNumber);
    fake.typeNext("111111");
    fake.typeNext("222222");
    await createResyncDeviceCommand(deps).run();
    expect(calls).toEqual([["resync", device.serialNumber, { code1: "111111", code2: "222222" }]]);
    const second = fake.inputBoxOptions[1];
    expect(second.validateInput("111111")).toBe("Wait for the next code: the two must differ.");
    expect(second.validateInput("12ab")).toBe("Enter the 6 digits your authenticator shows.");
    expect(second.validateInput("222222")).toBeUndefined();
  });
});

describe(createRemoveDeviceCommand.name, () => {
  it("deletes only after the modal confirmation", async () => {
    const { fake, calls, deps } = setup();
    fake.pickNext("alice-keys");
    fake.pickNext(device.serialNumber);
    fake.clickNext("Delete");
    await createRemoveDeviceCommand("delete", deps).run();
    expect(fake.messages[0]).toMatchObject({ level: "warning", message: `Delete ${device.serialNumber}?`, modal: true, items: ["Delete"] });
    expect(calls).toEqual([["delete", device.serialNumber]]);
  });

  it("does nothing when the confirmation is dismissed", async () => {
    const { fake, calls, deps } = setup();
    fake.pickNext("alice-keys");
    fake.pickNext(device.serialNumber);
    fake.clickNext(undefined);
    await expect(createRemoveDeviceCommand("deactivate", deps).run()).rejects.toBeInstanceOf(UserCancelledError);
    expect(calls).toEqual([]);
  });

  it("says how to get a device when the user has none", async () => {
    const { fake, deps } = setup([]);
    fake.pickNext("alice-keys");
    await expect(createRemoveDeviceCommand("deactivate", deps).run()).rejects.toThrow(/has no MFA device; run "MFA Session: Set Up Virtual MFA Device"/);
  });
});

describe(createSetUpDeviceCommand.name, () => {
  function panel(codes: CodePair | Error) {
    const events: string[] = [];
    return {
      events,
      openPanel: (profile: string) => {
        events.push(`open ${profile}`);
        return {
          present: async (shown: NewDeviceForUser) => void events.push(`present ${shown.serialNumber}`),
          readCodes: async () => {
            if (codes instanceof Error) throw codes;
            return codes;
          },
          showDone: (text: string) => void events.push(`done ${text}`),
          showError: (text: string) => void events.push(`error ${text}`),
          dispose: () => {},
        };
      },
    };
  }

  it("shows the QR in the panel, takes two codes there, and reports the enabled device", async () => {
    const { fake, calls, deps } = setup();
    const fakePanel = panel({ code1: "123456", code2: "654321" });
    fake.pickNext("alice-keys");
    fake.typeNext("");
    await createSetUpDeviceCommand({ ...deps, openPanel: fakePanel.openPanel }).run();
    expect(calls).toEqual([["setUp", "alice-keys", undefined], ["enable", { code1: "123456", code2: "654321" }]]);
    expect(fakePanel.events).toEqual([
      "open alice-keys",
      `present ${device.serialNumber}`,
      `done Enabled ${device.serialNumber} for user alice; profile alice-keys now uses it (mfa_serial).`,
    ]);
  });

  it("shows the error in the panel when the set-up fails", async () => {
    const { fake, deps } = setup();
    const fakePanel = panel(new UserCancelledError("closed"));
    fake.pickNext("alice-keys");
    fake.typeNext("laptop");
    await expect(createSetUpDeviceCommand({ ...deps, openPanel: fakePanel.openPanel }).run()).rejects.toBeInstanceOf(UserCancelledError);
    expect(fakePanel.events.at(-1)).toBe("error closed");
  });
});

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
});
