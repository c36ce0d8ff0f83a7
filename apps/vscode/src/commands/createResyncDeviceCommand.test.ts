import { describe, expect, it } from "vitest";
import { setupDeviceCommand as setup, device } from "../../test/commandFixtures.js";
import { createResyncDeviceCommand } from "./createResyncDeviceCommand.js";

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

  it("takes codes as authenticator apps show them, 123 456, and hands on the six digits", async () => {
    const { fake, calls, deps } = setup();
    fake.pickNext("alice-keys");
    fake.pickNext(device.serialNumber);
    fake.typeNext("111 111");
    fake.typeNext("222\u00a0222");
    await createResyncDeviceCommand(deps).run();
    expect(calls).toEqual([["resync", device.serialNumber, { code1: "111111", code2: "222222" }]]);
    const [first, second] = fake.inputBoxOptions;
    expect(first.validateInput("111 111")).toBeUndefined();
    expect(second.validateInput("111 111")).toBe("Wait for the next code: the two must differ.");
    expect(second.validateInput("222-222")).toBe("Enter the 6 digits your authenticator shows.");
  });

  it("resyncs a device of the profile it is given (the view's inline action) without asking for a profile", async () => {
    const { fake, calls, deps } = setup();
    fake.pickNext(device.serialNumber);
    fake.typeNext("111111");
    fake.typeNext("222222");
    await createResyncDeviceCommand(deps).run("alice-keys");
    expect(fake.quickPicks.map((pick) => pick.options.title)).toEqual(["MFA Session: Resync which device?"]);
    expect(calls).toEqual([["resync", device.serialNumber, { code1: "111111", code2: "222222" }]]);
  });
});
