import { describe, expect, it } from "vitest";
import { InvalidMfaCodeError, NoSuchEntityError } from "../errors/errors.js";
import { createVirtualMfaDevice } from "./createVirtualMfaDevice.js";
import { enableMfaDevice } from "./enableMfaDevice.js";
import { getConsecutiveCodes } from "./getConsecutiveCodes.js";
import { resyncMfaDevice } from "./resyncMfaDevice.js";
import { createFakeIam } from "./testing/createFakeIam.js";

describe(resyncMfaDevice.name, () => {
  it("resyncs an enabled device from two consecutive codes", async () => {
    const fake = createFakeIam();
    const device = await createVirtualMfaDevice({ iam: fake.port, name: "alice" });
    await enableMfaDevice({ iam: fake.port, userName: "alice", serialNumber: device.serialNumber, ...getConsecutiveCodes(device.base32StringSeed) });
    await resyncMfaDevice({ iam: fake.port, userName: "alice", serialNumber: device.serialNumber, ...getConsecutiveCodes(device.base32StringSeed) });
    expect(fake.calls).toContain("ResyncMFADeviceCommand");
  });

  it("explains consecutive codes on a refusal and a missing device on NoSuchEntity", async () => {
    const fake = createFakeIam();
    fake.failNext("ResyncMFADeviceCommand", "InvalidAuthenticationCode");
    await expect(resyncMfaDevice({ iam: fake.port, userName: "alice", serialNumber: "arn:x", code1: "111111", code2: "222222" }))
      .rejects.toBeInstanceOf(InvalidMfaCodeError);
    await expect(resyncMfaDevice({ iam: fake.port, userName: "alice", serialNumber: "arn:x", code1: "111111", code2: "222222" }))
      .rejects.toBeInstanceOf(NoSuchEntityError);
  });
});
