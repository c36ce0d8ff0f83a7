import { MfaSessionError, UserCancelledError, type CodePair, type NewDeviceForUser } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { setupDeviceCommand as setup, device } from "../../test/commandFixtures.js";
import { createSetUpDeviceCommand } from "./createSetUpDeviceCommand.js";

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
    const fakePanel = panel(new MfaSessionError("MFA device arn:x: the authentication codes were refused", "INVALID_MFA_CODE"));
    fake.pickNext("alice-keys");
    fake.typeNext("laptop");
    await expect(createSetUpDeviceCommand({ ...deps, openPanel: fakePanel.openPanel }).run()).rejects.toMatchObject({ code: "INVALID_MFA_CODE" });
    expect(fakePanel.events.at(-1)).toBe("error MFA device arn:x: the authentication codes were refused");
  });

  it("is cancelled quietly when the panel is closed half-way: nothing is written to the closed panel", async () => {
    const { fake, deps } = setup();
    const fakePanel = panel(new UserCancelledError("closed"));
    fake.pickNext("alice-keys");
    fake.typeNext("laptop");
    await expect(createSetUpDeviceCommand({ ...deps, openPanel: fakePanel.openPanel }).run()).rejects.toBeInstanceOf(UserCancelledError);
    expect(fakePanel.events).toEqual(["open alice-keys", `present ${device.serialNumber}`]);
  });
});
