import { UserCancelledError } from "@mfa-session/core";
import { describe, expect, it } from "vitest";
import { setupDeviceCommand as setup, device } from "../../test/commandFixtures.js";
import { createRemoveDeviceCommand } from "./createRemoveDeviceCommand.js";

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
